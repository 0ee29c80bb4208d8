-- Claim memory (issue 22): claims linked as "the same claim" share a group id.
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "groupId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_workspaceId_groupId_idx" ON "Claim"("workspaceId", "groupId");

-- "Seen before": statements are matched by trigram similarity (lib/server/matching). pg_trgm ships
-- with PostgreSQL (contrib) and with the embedded server. An expression index, which
-- schema.prisma cannot express and the schema engine leaves alone when it diffs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Claim_statement_trgm_idx" ON "Claim" USING GIN (lower("statement") gin_trgm_ops);
