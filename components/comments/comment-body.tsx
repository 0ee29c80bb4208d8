import { splitMentions } from '@/lib/comments/mentions';

/** A comment's words as text (never HTML); mentions the server accepted are highlighted. */
export function CommentBody({ body, mentionIds }: { body: string; mentionIds: string[] }) {
  return (
    <p className="text-sm whitespace-pre-wrap break-words">
      {splitMentions(body).map((segment, index) =>
        segment.type === 'text' ? (
          segment.text
        ) : mentionIds.includes(segment.userId) ? (
          <span key={index} className="rounded bg-amber-100 px-0.5 font-medium text-accent-strong" data-mention={segment.userId}>
            @{segment.name}
          </span>
        ) : (
          `@${segment.name}`
        ),
      )}
    </p>
  );
}
