-- Keyset pages of the claim board (lib/server/claims/board-order.ts): each order's keys, the id last,
-- in one index, and the board sorted by document read by title then text order.

-- DropIndex
DROP INDEX "Annotation_documentId_idx";

-- DropIndex
DROP INDEX "Claim_workspaceId_status_idx";

-- DropIndex
DROP INDEX "Claim_workspaceId_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Annotation_documentId_start_idx" ON "Annotation"("documentId", "start");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_status_updatedAt_id_idx" ON "Claim"("workspaceId", "status", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_workspaceId_updatedAt_id_idx" ON "Claim"("workspaceId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Document_workspaceId_title_id_idx" ON "Document"("workspaceId", "title", "id");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_verdict_updatedAt_id_idx" ON "Claim"("workspaceId", "verdict", "updatedAt", "id");
