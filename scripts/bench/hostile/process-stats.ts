// What the hostile-input benchmark reads about the server it started, from /proc (Linux): the
// process of the `next start` tree that listens on the port, its resident memory and its threads.
import fs from 'node:fs';

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let index = 0; index < tree.length && index < 1000; index += 1) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Inodes of the sockets listening on `port` (IPv4 and IPv6). */
function listeningInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (read(table) ?? '').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && fields[1]!.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  return inodes;
}

/** The process of `root`'s tree that holds the socket listening on `port`; null when none does (it died). */
export function listeningPid(root: number, port: number): number | null {
  const inodes = listeningInodes(port);
  for (const pid of processTree(root)) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1]!)) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}

/** Resident memory (MB) and thread count of `pid`; null when it is gone. */
export function processStatus(pid: number): { rssMb: number; threads: number } | null {
  const status = read(`/proc/${pid}/status`);
  if (!status) return null;
  const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  const threads = Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  return { rssMb: rssKb / 1024, threads };
}

/** How many threads of `pid` carry each name (/proc/<pid>/task/<tid>/comm). */
export function threadNames(pid: number): Record<string, number> {
  const names: Record<string, number> = {};
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return names;
  }
  for (const task of tasks) {
    const name = read(`/proc/${pid}/task/${task}/comm`)?.trim() ?? '?';
    names[name] = (names[name] ?? 0) + 1;
  }
  return names;
}
