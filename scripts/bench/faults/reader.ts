// One reader on one app instance: what a member's open page asks for while the faults happen —
// the document page itself, and the claim panel's JSON for a claim the writers made — every
// 200 ms, counting the answers by kind (a 500 is a bug; 503 with Retry-After is expected while the
// database is away).
const INTERVAL_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Reader {
  readonly answers = new Map<string, number>();
  /** When each answer that is a bug (5xx without Retry-After) came, performance.now(). */
  readonly bugs: { kind: string; at: number }[] = [];
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly pagePath: string,
    /** A claim to read, once the writers have made one. */
    private readonly claimPath: () => string | null,
  ) {}

  start() {
    this.loop = this.run();
  }

  async stop() {
    this.stopped = true;
    await this.loop;
  }

  private count(kind: string) {
    this.answers.set(kind, (this.answers.get(kind) ?? 0) + 1);
  }

  private async read(what: string, path: string) {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie }, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      const retry = response.headers.get('retry-after');
      const via = response.redirected ? ` via ${new URL(response.url).pathname}` : '';
      const kind = `${what} HTTP ${response.status}${retry ? ` (Retry-After ${retry})` : ''}${via}`;
      this.count(kind);
      if (response.status >= 500 && !retry) this.bugs.push({ kind, at: performance.now() });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      this.count(`${what} connection ${cause?.code ?? (error as Error).name}`);
    }
  }

  private async run() {
    for (let tick = 0; !this.stopped; tick += 1) {
      const claim = this.claimPath();
      if (tick % 2 === 0 || !claim) await this.read('page', this.pagePath);
      else await this.read('claim JSON', claim);
      await sleep(INTERVAL_MS);
    }
  }
}
