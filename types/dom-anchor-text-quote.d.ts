// The part of dom-anchor-text-quote (a benchmark peer) that scripts/bench uses.
declare module 'dom-anchor-text-quote' {
  export function toTextPosition(
    root: Node,
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): { start: number; end: number } | null;
}
