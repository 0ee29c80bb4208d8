// Entry of the worker threads that run CPU-heavy work on user input (lib/server/work/run-heavy.ts).
// Next bundles the server's own code, so this file is loaded by Node by its path at run time; it
// compiles the TypeScript task modules with tsx (as `npm start` and the tests do).
import { register } from 'tsx/esm/api';
import { lowerThreadPriority } from './thread-priority.mjs';

lowerThreadPriority(process.env.MARGIN_WORK_NICE);
register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
const { runTask } = await import('./tasks.ts');

export default runTask;
