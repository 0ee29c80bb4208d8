// A Markdown report that reads as is: a title, what was exported, then one section per claim
// (statement, verdict, rationale, sources as links, the quoted words).
import { personName, type ExportClaim, type ExportContext, type ExportFormatter } from './types';

const VERDICTS: Record<string, string> = { verified: 'Verified', false: 'False', misleading: 'Misleading', unverifiable: 'Unverifiable' };
const STATUSES: Record<string, string> = {
  unchecked: 'Unchecked',
  in_progress: 'In progress',
  proposed: 'Awaiting review',
  reviewed: 'Reviewed',
};
const STANCES: Record<string, string> = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' };

/** Text that Markdown must not read as formatting (emphasis, links, HTML, headings, lists). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|!]/g, (character) => `\\${character}`)
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

/** A URL safe inside (…) of a Markdown link. */
const linkTarget = (url: string) =>
  url.replace(/[()\s<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const link = (label: string, url: string) => `[${escapeMarkdown(label)}](${linkTarget(url)})`;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/** Paragraphs kept, lines quoted with "> ". */
const blockQuote = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `> ${escapeMarkdown(paragraph)}`)
    .join('\n>\n');

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => escapeMarkdown(paragraph))
    .filter(Boolean)
    .join('\n\n');

export function markdownHeader(context: ExportContext): string {
  const title = context.document ? `Claims of “${context.document.title}”` : `Claims of ${context.workspace.name}`;
  return `# ${escapeMarkdown(title)}\n\nExported from ${link(context.workspace.name, context.workspace.url)} on ${day(context.exportedAt)} (${escapeMarkdown(context.filterSummary)}).\n`;
}

export function markdownSection(claim: ExportClaim, number: number, showDocument: boolean): string {
  const lines = [`## ${number}. ${escapeMarkdown(claim.statement)}`, ''];
  const verdict = claim.verdict ? `**Verdict: ${VERDICTS[claim.verdict]}**` : '**No verdict yet**';
  const reviewed = claim.reviewedAt
    ? ` — reviewed by ${escapeMarkdown(personName(claim.reviewer) || 'a former member')} on ${day(claim.reviewedAt)}`
    : '';
  lines.push(`${verdict} · ${STATUSES[claim.status]}${reviewed}`, '');
  if (claim.figure?.value) {
    const unit = [claim.figure.currency, claim.figure.unit].filter(Boolean).join(' ');
    lines.push(`Figure: ${escapeMarkdown([claim.figure.qualifier, claim.figure.value, unit].filter(Boolean).join(' '))}`, '');
  }
  if (claim.rationale?.trim()) lines.push(paragraphs(claim.rationale), '');
  if (claim.sources.length > 0) {
    lines.push('Sources:', '');
    for (const source of claim.sources) {
      const quoted = source.quote?.trim() ? ` — “${escapeMarkdown(source.quote)}”` : '';
      const what = source.url ? link(source.title || source.url, source.url) : escapeMarkdown(source.description);
      lines.push(`- ${STANCES[source.stance]}: ${what}${quoted}`);
    }
    lines.push('');
  }
  if (claim.verdictWords?.changedAt) {
    lines.push(
      `**Words changed since the verdict** (${day(claim.verdictWords.changedAt)}); the verdict judged:`,
      '',
      blockQuote(claim.verdictWords.words),
      '',
    );
  }
  const quoted = claim.annotation.orphaned
    ? `**Orphaned:** these words are no longer in the text (version ${claim.annotation.version}); they were quoted as:`
    : `Quoted in the text (version ${claim.annotation.version}):`;
  lines.push(quoted, '', blockQuote(claim.annotation.exact), '');
  const where = showDocument ? `${link(claim.document.title, claim.document.url)} · ` : '';
  lines.push(`${where}${link('Open in Margin', claim.url)}`, '');
  return `\n${lines.join('\n')}`;
}

export const formatMarkdown: ExportFormatter = async function* (pages, context) {
  yield markdownHeader(context);
  let count = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    yield page.map((claim) => markdownSection(claim, (count += 1), context.document === null)).join('');
  }
  if (count === 0) yield '\nNo claims match.\n';
};
