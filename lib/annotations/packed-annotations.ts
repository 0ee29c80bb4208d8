/**
 * The document page's annotations as they travel to the browser: each author and tag once, each
 * annotation as one row that points at them, with only what the highlights, the list, the
 * filters and the hover details show. The claim's progress and the discussion are read when an
 * annotation is opened; placed annotations carry the start of their words only (every view
 * shows at most QUOTE_SENT characters of them), orphans all of them (their list shows it whole).
 * 4,861 annotations sent whole made most of a 3.6 MB page.
 */

type Person = { id: string; name: string | null; email: string };
type Tag = { id: string; name: string; color: string };
type Source = { id: string; url: string; domain: string };

/** One annotation as the page's client components read it. */
export type PageAnnotation = {
  id: string;
  /** sent back with a re-attachment or delete: refused (409) when someone changed it since */
  version: number;
  kind: string;
  visibility: string;
  state: string;
  start: number | null;
  end: number | null;
  exact: string;
  author: Person | null;
  tags: Tag[];
  /** Claims and figures: the claim the annotation view reads. */
  claim: { id: string } | null;
  /** A citation made from an imported link: the source it cites. */
  source: Source | null;
};

type Row = [
  id: string,
  version: number,
  kind: string,
  visibility: string,
  state: string,
  start: number | null,
  end: number | null,
  exact: string,
  author: number | null,
  tags: number[],
  claimId: string | null,
  source: Source | null,
];

export type PackedAnnotations = { authors: Person[]; tags: Tag[]; rows: Row[] };

/** The panel shows 197 characters and “…” past 200: one more tells it the words go on. */
export const QUOTE_SENT = 201;

/** Numbers each distinct item (by id) in the order first met. */
function indexer<T extends { id: string }>() {
  const items: T[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (item: T) => {
    let index = indexes.get(item.id);
    if (index === undefined) {
      index = items.push(item) - 1;
      indexes.set(item.id, index);
    }
    return index;
  };
  return { items, indexOf };
}

export function packAnnotations(
  annotations: (Omit<PageAnnotation, 'claim' | 'author' | 'source'> & {
    author: Person | null;
    claim: { id: string } | null;
    source: Source | null;
  })[],
): PackedAnnotations {
  const authors = indexer<Person>();
  const tags = indexer<Tag>();
  const rows = annotations.map((annotation): Row => [
    annotation.id,
    annotation.version,
    annotation.kind,
    annotation.visibility,
    annotation.state,
    annotation.start,
    annotation.end,
    annotation.state === 'orphaned' ? annotation.exact : annotation.exact.slice(0, QUOTE_SENT),
    annotation.author ? authors.indexOf({ id: annotation.author.id, name: annotation.author.name, email: annotation.author.email }) : null,
    annotation.tags.map((tag) => tags.indexOf({ id: tag.id, name: tag.name, color: tag.color })),
    annotation.claim?.id ?? null,
    annotation.source ? { id: annotation.source.id, url: annotation.source.url, domain: annotation.source.domain } : null,
  ]);
  return { authors: authors.items, tags: tags.items, rows };
}

export function unpackAnnotations({ authors, tags, rows }: PackedAnnotations): PageAnnotation[] {
  return rows.map(([id, version, kind, visibility, state, start, end, exact, author, tagIndexes, claimId, source]) => ({
    id,
    version,
    kind,
    visibility,
    state,
    start,
    end,
    exact,
    author: author === null ? null : authors[author]!,
    tags: tagIndexes.map((index) => tags[index]!),
    claim: claimId === null ? null : { id: claimId },
    source,
  }));
}
