import type { TiptapDoc } from '@/lib/text-model';
import { blockText } from '@/lib/text-model';

/**
 * The reading view of a version: its blocks as React elements (no HTML strings, so nothing to
 * sanitize). The annotation editor replaces this view in a later step.
 */
export function DocumentText({ doc }: { doc: TiptapDoc }) {
  return (
    <div className="font-reading text-[1.1875rem] leading-[1.7] text-ink" data-testid="document-text">
      {doc.content.map((block, index) =>
        block.type === 'heading' ? (
          <h2 key={index} className="mt-10 mb-4 font-sans text-xl font-semibold leading-snug tracking-tight">
            {blockText(block)}
          </h2>
        ) : (
          <p key={index} className="mb-5">
            {blockText(block)}
          </p>
        ),
      )}
    </div>
  );
}
