-- Private stays private in the record: an Activity row about a private annotation (the note
-- itself, its comments, their edits and deletions, its deletion) is for its author alone.
-- "visibleToId" says who may see a row (null: every member of the workspace); it is decided when
-- the row is written (lib/server/activity/record-activity.ts) and every read filters on it in SQL
-- (lib/server/activity/visible-activity.ts), as "LiveEvent"."userId" does for live events.

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "visibleToId" TEXT;

-- CreateIndex
CREATE INDEX "Activity_documentId_id_idx" ON "Activity"("documentId", "id");

-- CreateIndex
CREATE INDEX "Activity_visibleToId_idx" ON "Activity"("visibleToId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_visibleToId_fkey" FOREIGN KEY ("visibleToId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the rows written before this column about private annotations and their comments
-- become their author's alone. An annotation deleted since is known by its "annotation.created"
-- row (its "after" says private; its actor was the author), a comment of a deleted annotation by
-- its "comment.created" row (its "after" names the annotation).
WITH private_note AS (
  SELECT a."id", a."authorId" AS "ownerId" FROM "Annotation" a WHERE a."visibility" = 'private'
  UNION
  SELECT created."entityId", created."actorId" FROM "Activity" created
  WHERE created."action" = 'annotation.created' AND created."entityType" = 'Annotation'
    AND created."after"->>'visibility' = 'private'
    AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."id" = created."entityId")
),
private_comment AS (
  SELECT c."id", p."ownerId" FROM "Comment" c JOIN private_note p ON p."id" = c."annotationId"
  UNION
  SELECT created."entityId", p."ownerId" FROM "Activity" created JOIN private_note p ON p."id" = created."after"->>'annotationId'
  WHERE created."action" = 'comment.created' AND created."entityType" = 'Comment'
),
concerned AS (
  SELECT 'Annotation' AS "entityType", "id", "ownerId" FROM private_note
  UNION ALL
  SELECT 'Comment', "id", "ownerId" FROM private_comment
)
UPDATE "Activity" act SET "visibleToId" = concerned."ownerId"
FROM concerned
WHERE act."visibleToId" IS NULL AND concerned."ownerId" IS NOT NULL
  AND act."entityType" = concerned."entityType" AND act."entityId" = concerned."id";
