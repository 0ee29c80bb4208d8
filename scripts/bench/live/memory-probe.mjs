// Loaded into the app server by bench:live (NODE_OPTIONS=--import): on SIGUSR2 it collects the
// garbage and writes the process's memory to MARGIN_MEMORY_PROBE_FILE.<n> (n = 1, 2, …).
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
let taken = 0;

process.on('SIGUSR2', () => {
  gc();
  gc();
  const { rss, heapUsed, external } = process.memoryUsage();
  taken += 1;
  const file = `${process.env.MARGIN_MEMORY_PROBE_FILE}.${taken}`;
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ rss, heapUsed, external }));
  fs.renameSync(`${file}.tmp`, file); // appears whole
});
