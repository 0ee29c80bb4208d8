// The tasks of a Chromium trace (Playwright's browser.startTracing) on the page's main thread:
// the longest ones, each with what it spent its time on (script, style, layout, paint, parsing…),
// so that a long task is not only a number but a place to start.
import { readFileSync } from 'node:fs';
import { printTable } from '../measure';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'];

/** Prints the `top` longest tasks of the busiest renderer main thread in the trace at `file`. */
export function summariseTrace(file: string, top = 8) {
  const { traceEvents: events } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined && mains.has(`${event.pid}:${event.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of complete) {
    const thread = `${event.pid}:${event.tid}`;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread)!.push(event);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0];
  if (!busiest) return console.log('The trace holds no renderer main thread.');
  const onMain = busiest.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  const origin = tasks[0]?.ts ?? 0;
  const longest = [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, top);
  console.log(
    `\nLongest tasks on the main thread (${tasks.length} tasks, ${tasks.filter((task) => task.dur! > 50_000).length} over 50 ms):`,
  );
  printTable(
    longest.map((task) => ({
      'at ms': Math.round((task.ts - origin) / 1000),
      ms: Math.round(task.dur! / 1000),
      'spent on (ms)': breakdown(onMain, task),
    })),
  );
}

/** The time of the events inside `task` by name, each counting only its own (self) time, largest first. */
function breakdown(onMain: TraceEvent[], task: TraceEvent) {
  const end = task.ts + task.dur!;
  const self = new Map<string, number>();
  const open: TraceEvent[] = [task];
  const add = (event: TraceEvent, us: number) => self.set(event.name, (self.get(event.name) ?? 0) + us);
  add(task, task.dur!);
  for (const event of onMain) {
    if (event.ts < task.ts || event === task || event.ts >= end) continue;
    while (open.length > 1 && open.at(-1)!.ts + open.at(-1)!.dur! <= event.ts) open.pop();
    add(open.at(-1)!, -event.dur!); // the parent's time spent in this event is not its own
    add(event, event.dur!);
    open.push(event);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .filter(([, us]) => us >= 3000)
    .map(([name, us]) => `${name} ${Math.round(us / 1000)}`)
    .join(', ');
}
