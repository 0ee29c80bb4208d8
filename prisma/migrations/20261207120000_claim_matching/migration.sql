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

-- The library of fact checks published elsewhere (ClaimReview), matched like claims.
-- CreateTable
CREATE TABLE "PublishedFactCheck" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "rating" TEXT,
    "publisher" TEXT,
    "datePublished" TIMESTAMP(3),
    "url" TEXT NOT NULL,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedFactCheck_workspaceId_url_key" ON "PublishedFactCheck"("workspaceId", "url");

-- AddForeignKey
ALTER TABLE "PublishedFactCheck" ADD CONSTRAINT "PublishedFactCheck_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFactCheck" ADD CONSTRAINT "PublishedFactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "PublishedFactCheck_claimReviewed_trgm_idx" ON "PublishedFactCheck" USING GIN (lower("claimReviewed") gin_trgm_ops);
