import type { JSX } from 'react';
import type { TiptapDoc } from '@/lib/text-model';
import { blockOf, listMarker } from '@/lib/text-model';

/**
 * One block as a React element, with the same element and data attributes as the editor's nodes
 * (components/editor/block-nodes.ts), so the text looks the same before and after it mounts —
 * dir="auto" too, as the editor's textDirection option gives every block.
 */
function BlockElement({ block }: { block: ReturnType<typeof blockOf> }): JSX.Element {
  switch (block.type) {
    case 'heading':
      return <h2 dir="auto">{block.text}</h2>;
    case 'blockquote':
      return (
        <blockquote dir="auto" data-block="quote">
          {block.text}
        </blockquote>
      );
    case 'caption':
      return (
        <p dir="auto" data-block="caption">
          {block.text}
        </p>
      );
    case 'tableRow':
      return (
        <p dir="auto" data-block="table-row">
          {block.text}
        </p>
      );
    case 'listItem': {
      const place = block.list!;
      return (
        <p
          dir="auto"
          data-block="list-item"
          data-ordered={String(place.ordered)}
          data-depth={place.depth}
          data-marker={listMarker(place)}
          style={{ '--list-depth': place.depth } as React.CSSProperties}
        >
          {block.text}
        </p>
      );
    }
    default:
      return <p dir="auto">{block.text}</p>;
  }
}

/**
 * A version's blocks as React elements (no HTML strings, so nothing to sanitize). Rendered on
 * the server, and shown until the editor has mounted in the browser.
 */
export function DocumentText({ doc }: { doc: TiptapDoc }) {
  return (
    <div className="document-prose" data-testid="document-text">
      {doc.content.map((block, index) => (
        <BlockElement key={index} block={blockOf(block)} />
      ))}
    </div>
  );
}
