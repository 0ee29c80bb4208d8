// BENCH_PROFILE=<folder>: the first run's page load recorded twice over — a Chromium trace
// (load-trace.json: every task, with style, layout, paint and parsing) and the sampling profiler
// (CDP Profiler, load.cpuprofile: which functions) — both open in Chrome DevTools' Performance
// panel, and summed up here: the longest tasks and what they spent their time on, then the
// functions that took the most time, with and without what they call. Scrolling is traced too
// (scroll-trace.json), to see what a slow frame was busy with.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { printTable } from '../measure';
import { summariseTrace, TRACE_CATEGORIES } from './trace';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Starts tracing `page` into `folder`/`name`-trace.json; the returned function stops and prints the longest tasks. */
export async function startTracing(browser: Browser, page: Page, folder: string, name: string) {
  mkdirSync(folder, { recursive: true });
  const traceFile = path.join(folder, `${name}-trace.json`);
  await browser.startTracing(page, { path: traceFile, categories: TRACE_CATEGORIES });
  return async () => {
    await browser.stopTracing();
    console.log(`\n${name}, traced: ${traceFile}`);
    summariseTrace(traceFile);
  };
}

/** Starts recording `page`; the returned function stops, saves both into `folder` and prints the summaries. */
export async function startProfiling(browser: Browser, page: Page, folder: string) {
  const stopTracing = await startTracing(browser, page, folder, 'load');
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await session.detach();
    await stopTracing();
    const profileFile = path.join(folder, 'load.cpuprofile');
    writeFileSync(profileFile, JSON.stringify(profile));
    console.log(`The first load's CPU profile: ${profileFile}`);
    summarise(profile);
  };
}

const where = ({ callFrame: frame }: ProfileNode) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;

function summarise(profile: CpuProfile, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    self.set(where(leaf), (self.get(where(leaf)) ?? 0) + ms);
    // Each function on the stack once, however deep its recursion.
    const onStack = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parentOf.get(node.id) ?? -1)) onStack.add(where(node));
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
  });
  const rows = (map: Map<string, number>) =>
    [...map]
      .filter(([name]) => !name.startsWith('(root)') && !name.startsWith('(idle)') && !name.startsWith('(program)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ ms: Math.round(ms), self: Math.round(self.get(name) ?? 0), function: name }));
  console.log('\nMost time with their callees:');
  printTable(rows(total));
  console.log('\nMost time themselves:');
  printTable(rows(self));
}
