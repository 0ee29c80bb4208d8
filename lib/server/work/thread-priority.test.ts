// The worker pool's threads lower their own CPU priority, and only their own: the thread that
// answers requests keeps its nice value.
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority, workNice } from '@/workers/thread-priority.mjs';

const moduleUrl = new URL('../../../workers/thread-priority.mjs', import.meta.url).href;

/** Runs lowerThreadPriority(setting) in a fresh worker thread and returns what it answered. */
function inWorker(setting: string | undefined): Promise<number | null> {
  const source = `
    const { parentPort, workerData } = await import('node:worker_threads');
    const { lowerThreadPriority } = await import(${JSON.stringify(moduleUrl)});
    parentPort.postMessage(lowerThreadPriority(workerData));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: setting });
    worker.once('message', (value: number | null) => {
      resolve(value);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('worker thread priority', () => {
  it('reads the setting: 0 to 19, anything else is the default 10', () => {
    expect(workNice(undefined)).toBe(10);
    expect(workNice('0')).toBe(0);
    expect(workNice('19')).toBe(19);
    expect(workNice('20')).toBe(10);
    expect(workNice('-5')).toBe(10);
    expect(workNice('high')).toBe(10);
  });

  it.runIf(process.platform === 'linux')('raises the nice value of the worker thread and leaves the main thread as it was', async () => {
    const mainBefore = getPriority();
    expect(await inWorker('7')).toBe(Math.max(7, mainBefore));
    expect(await inWorker(undefined)).toBe(Math.max(10, mainBefore));
    expect(getPriority()).toBe(mainBefore);
  });

  it('never lowers a nice value already higher than the setting', async () => {
    if (process.platform !== 'linux') return expect(lowerThreadPriority('5')).toBeNull();
    expect(await inWorker('0')).toBe(getPriority());
  });
});
