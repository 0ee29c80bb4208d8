import type { TiptapDoc } from '@/lib/text-model';
import { blockText } from '@/lib/text-model';

/**
 * A version's blocks as React elements (no HTML strings, so nothing to sanitize). Rendered on
 * the server, and shown until the editor has mounted in the browser.
 */
export function DocumentText({ doc }: { doc: TiptapDoc }) {
  return (
    <div className="document-prose" data-testid="document-text">
      {doc.content.map((block, index) =>
        block.type === 'heading' ? <h2 key={index}>{blockText(block)}</h2> : <p key={index}>{blockText(block)}</p>,
      )}
    </div>
  );
}
