// Requests first: a worker thread busy on someone's 600-page PDF must not slow the pages everyone
// else is loading. On Linux each thread has its own nice value; the worker raises its own (10 by
// default, MARGIN_WORK_NICE, 0 turns it off), so when the cores are contended the scheduler gives
// the thread that answers requests, and PostgreSQL, about ten times its share. An idle machine
// still runs the worker at full speed. Elsewhere (no /proc/thread-self) nothing changes.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value to use, from the setting: a whole number from 0 to 19; anything else means the default, 10. */
export function workNice(setting) {
  const value = Number(setting ?? 10);
  return Number.isInteger(value) && value >= 0 && value <= 19 ? value : 10;
}

/** Raises this thread's nice value to `workNice(setting)`; returns the thread's nice value after, or null where threads cannot be told apart. */
export function lowerThreadPriority(setting) {
  let threadId;
  try {
    threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return null;
  }
  if (!Number.isInteger(threadId) || threadId <= 0) return null;
  const nice = workNice(setting);
  try {
    if (nice > getPriority(threadId)) setPriority(threadId, nice);
    return getPriority(threadId);
  } catch {
    return null;
  }
}
