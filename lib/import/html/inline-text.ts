import type { BlockLink } from '../types';

/**
 * A block's text built as a browser displays it — runs of whitespace collapse to one space, no
 * space at either end — with the place of each link's words in it. The text is already in the
 * form versions store (lib/server/documents/create-version.ts tidies whitespace the same way),
 * so the link offsets stay true.
 */
export class InlineText {
  private readonly parts: string[] = [];
  private size = 0;
  private endsWithSpace = true; // nothing yet: a leading space is dropped
  private readonly links: BlockLink[] = [];

  get length() {
    return this.size;
  }

  append(raw: string) {
    const collapsed = raw.replace(/\s+/g, ' ');
    const text = this.endsWithSpace && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    if (!text) return;
    this.parts.push(text);
    this.size += text.length;
    this.endsWithSpace = text.endsWith(' ');
  }

  /** Words appended from `start` to now link to `url`. */
  link(start: number, url: string) {
    this.links.push({ start, end: this.size, url });
  }

  /** The text, and the links that cover some words (each narrowed to them). */
  finish(): { text: string; links: BlockLink[] } {
    const joined = this.parts.join('');
    const text = joined.endsWith(' ') ? joined.slice(0, -1) : joined;
    const links = this.links.flatMap((link) => {
      let { start, end } = link;
      end = Math.min(end, text.length);
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      return start < end ? [{ start, end, url: link.url }] : [];
    });
    return { text, links };
  }
}
