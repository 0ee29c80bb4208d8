-- CreateIndex
CREATE INDEX "Claim_workspaceId_updatedAt_idx" ON "Claim"("workspaceId", "updatedAt");

-- Full-text search of the claim board (lib/server/claims/list-claims.ts): statements, quoted
-- words and comments. Expression indexes cannot be written in schema.prisma, and the schema
-- engine leaves them alone when it diffs.
CREATE INDEX "Claim_statement_search_idx" ON "Claim" USING GIN (to_tsvector('english', "statement"));
CREATE INDEX "Annotation_exact_search_idx" ON "Annotation" USING GIN (to_tsvector('english', "exact"));
CREATE INDEX "Comment_body_search_idx" ON "Comment" USING GIN (to_tsvector('english', "body"));
