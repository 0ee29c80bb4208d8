// One client of the write load: signed in as one member, on one app instance, it marks a claim,
// starts checking it, proposes a verdict and comments on it, again and again, through the server
// actions the document page uses. Each write is tried until it is acknowledged (the action's
// `ok` result: the new id or the claim's new version) or refused for good; every failed attempt
// is counted by kind. Writes whose outcome is unknown (the connection broke) are not recorded as
// acknowledged: only what the client was told happened is held against the database afterwards.
import { callAction, type ActionAnswer } from './server-action';

export type Ack = { kind: 'annotation' | 'claim_step' | 'comment'; id: string; version?: number; at: number };
export type Attempt = { at: number; ok: boolean };
export type WriterDesk = { slug: string; documentId: string; versionId: string; textLength: number };
export type ActionIds = { createAnnotation: string; claimStep: string; createComment: string };

const RETRY_MS = 250;
const PACE_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The kind of a failed attempt, as the error tables count it. */
function failureKind(answer: ActionAnswer): string {
  if (answer.result && !answer.result.ok) {
    const retry = answer.result.code === 'unavailable' ? ` (Retry-After ${answer.retryAfter ?? 'none'})` : '';
    return `action HTTP ${answer.status} ${answer.result.code}${retry}`;
  }
  return `action HTTP ${answer.status}${answer.retryAfter ? ` (Retry-After ${answer.retryAfter})` : ''}`;
}

const isRetryable = (answer: ActionAnswer) =>
  answer.result === null || (!answer.result.ok && (answer.result.code === 'unavailable' || answer.result.code === 'internal'));

export class Writer {
  readonly acks: Ack[] = [];
  readonly attempts: Attempt[] = [];
  readonly errors = new Map<string, number>();
  /** When each `internal` answer came, performance.now(). */
  readonly bugs: { kind: string; at: number }[] = [];
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly desk: WriterDesk,
    private readonly ids: ActionIds,
    private readonly seed: number,
  ) {}

  start() {
    this.loop = this.run();
  }

  async stop() {
    this.stopped = true;
    await this.loop;
  }

  private count(kind: string) {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }

  /** Tries `input` until it is acknowledged (its data) or refused (null); stops trying once stopped. */
  private async write(id: string, input: Record<string, unknown>): Promise<{ data: unknown } | { refused: string } | null> {
    const pageUrl = `${this.baseUrl}/w/${this.desk.slug}/documents/${this.desk.documentId}`;
    while (!this.stopped) {
      let answer: ActionAnswer;
      try {
        answer = await callAction(pageUrl, id, this.cookie, { workspace: this.desk.slug, ...input });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        this.count(`action connection ${cause?.code ?? (error as Error).name}`);
        this.attempts.push({ at: performance.now(), ok: false });
        await sleep(RETRY_MS);
        continue;
      }
      const ok = answer.result?.ok === true;
      this.attempts.push({ at: performance.now(), ok });
      if (answer.result?.ok) return { data: answer.result.data };
      this.count(failureKind(answer));
      if (answer.result?.ok === false && answer.result.code === 'internal')
        this.bugs.push({ kind: failureKind(answer), at: performance.now() });
      if (!isRetryable(answer)) return { refused: answer.result && !answer.result.ok ? answer.result.code : String(answer.status) };
      await sleep(RETRY_MS);
    }
    return null;
  }

  private async run() {
    for (let round = 0; !this.stopped; round += 1) {
      const start = (this.seed * 13 + round * 7) % (this.desk.textLength - 10);
      const created = await this.write(this.ids.createAnnotation, {
        documentId: this.desk.documentId,
        versionId: this.desk.versionId,
        start,
        end: start + 8,
        kind: 'claim',
        visibility: 'shared',
      });
      if (!created || !('data' in created)) continue;
      const annotation = created.data as { id: string; claim: { id: string } };
      this.acks.push({ kind: 'annotation', id: annotation.id, at: performance.now() });
      await sleep(PACE_MS);

      let version = 1;
      for (const step of [{ step: 'start' }, { step: 'propose', verdict: 'unverifiable', rationale: `Round ${round}.` }]) {
        const stepped = await this.write(this.ids.claimStep, { claimId: annotation.claim.id, version, ...step });
        if (!stepped || !('data' in stepped)) break;
        version = (stepped.data as { version: number }).version;
        this.acks.push({ kind: 'claim_step', id: annotation.claim.id, version, at: performance.now() });
        await sleep(PACE_MS);
      }

      const comment = await this.write(this.ids.createComment, { annotationId: annotation.id, body: `Checked in round ${round}.` });
      if (comment && 'data' in comment) this.acks.push({ kind: 'comment', id: (comment.data as { id: string }).id, at: performance.now() });
      await sleep(PACE_MS);
    }
  }
}
