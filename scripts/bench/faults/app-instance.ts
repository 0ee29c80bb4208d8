// One production app instance (`next start` of the benchmark's build) in a process group of its
// own, so the fault benchmark can kill it with SIGKILL — the whole tree, as a crash would — and
// start it again on the same port.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../db/migrations-dir';
import { bin } from '../../lib/run';
import { waitForServer } from '../app-server';

export class AppInstance {
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    /** The instance's log (its JSON lines on standard output), appended to across restarts. */
    readonly logFile: string,
  ) {}

  get baseUrl() {
    return `http://localhost:${this.port}`; // Auth.js builds its URLs with localhost
  }

  async start() {
    const log = fs.openSync(this.logFile, 'a');
    this.child = spawn(bin('next'), ['start', '--port', String(this.port)], {
      env: { ...this.env, MARGIN_INSTANCE_ID: `bench-faults-${this.port}` },
      cwd: PROJECT_ROOT,
      stdio: ['ignore', log, 'inherit'],
      detached: true,
    });
    fs.closeSync(log);
    await waitForServer(`${this.baseUrl}/api/health`);
  }

  /** SIGKILL to the instance's process group: no shutdown handler runs. */
  kill() {
    const pid = this.child?.pid;
    if (pid && this.child?.exitCode === null) process.kill(-pid, 'SIGKILL');
  }

  /** SIGTERM (the graceful shutdown), then waits for the process to exit. */
  async stop() {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
