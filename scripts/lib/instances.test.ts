import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { instanceCount } from './instances.mjs';
import { serveCommand } from './serve-command';

describe('MARGIN_INSTANCES', () => {
  it('is one app process unless set to a whole number above zero, or to one per core', () => {
    expect(instanceCount(undefined)).toBe(1);
    for (const setting of ['', '0', '-2', '1.5', 'two', 'Infinity']) expect(instanceCount(setting)).toBe(1);
    expect(instanceCount('3')).toBe(3);
    expect(instanceCount('cores')).toBe(os.availableParallelism());
  });

  it('serves one instance with next start itself, and several through the cluster script', () => {
    expect(serveCommand(['--port', '3000'], [], 1)).toEqual(['node_modules/.bin/next', ['start', '--port', '3000']]);
    const [command, args] = serveCommand(['--port', '3000'], ['--cpu-prof'], 2);
    expect(command).toBe(process.execPath);
    expect(args[0]).toBe('--cpu-prof');
    expect(args[1]).toMatch(/scripts\/serve\.mjs$/);
    expect(args.slice(2)).toEqual(['start', '--port', '3000']);
  });
});
