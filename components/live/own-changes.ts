import type { TLiveChange, TLiveEntity } from '@/lib/live/events';

/** A row this page wrote itself, at the version its result shows. */
export type LiveWrite = { entity: TLiveEntity; entityId: string; version: number };

/**
 * This page's own changes, so that their live echo reloads nothing: the page shows them already
 * (the action's answer rendered it again and the mutation put its result in the client cache).
 * While one is on its way, live changes wait (`whenIdle`): its echo may arrive before its answer.
 */
export class OwnChanges {
  private inFlight = 0;
  private readonly shown = new Map<string, number>();
  private waiting: (() => void)[] = [];

  /** A change leaves; call what it returns with what it wrote (nothing when it was refused). */
  begin(): (writes: LiveWrite[]) => void {
    this.inFlight += 1;
    let isDone = false;
    return (writes) => {
      if (isDone) return;
      isDone = true;
      for (const write of writes) {
        const key = `${write.entity}:${write.entityId}`;
        this.shown.set(key, Math.max(this.shown.get(key) ?? 0, write.version));
      }
      this.inFlight -= 1;
      if (this.inFlight === 0) this.waiting.splice(0).forEach((callback) => callback());
    };
  }

  get isBusy() {
    return this.inFlight > 0;
  }

  /** Runs `callback` once no change of this page is on its way. */
  whenIdle(callback: () => void) {
    if (this.inFlight === 0) callback();
    else this.waiting.push(callback);
  }

  /** The change is one this page made, or older than what it shows of the same row. */
  isShown(change: TLiveChange): boolean {
    const version = this.shown.get(`${change.entity}:${change.entityId}`);
    return version !== undefined && change.version !== null && change.version <= version;
  }
}
