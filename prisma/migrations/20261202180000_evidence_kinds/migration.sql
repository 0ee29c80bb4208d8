-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('web', 'document', 'record', 'dataset');

-- CreateEnum
CREATE TYPE "RecordChannel" AS ENUM ('interview', 'phone', 'email');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "kind" "EvidenceKind" NOT NULL DEFAULT 'web',
ADD COLUMN     "recordChannel" "RecordChannel",
ADD COLUMN     "recordContact" TEXT,
ADD COLUMN     "recordDate" DATE,
ADD COLUMN     "recordNotes" TEXT,
ADD COLUMN     "recordPerson" TEXT,
ADD COLUMN     "recordRole" TEXT,
ADD COLUMN     "title" TEXT,
ADD COLUMN     "uploadId" TEXT,
ALTER COLUMN "sourceId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "EvidenceUpload" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "text" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceUpload_workspaceId_sha256_key" ON "EvidenceUpload"("workspaceId", "sha256");

-- CreateIndex
CREATE INDEX "Evidence_uploadId_idx" ON "Evidence"("uploadId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_claimId_uploadId_key" ON "Evidence"("claimId", "uploadId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "EvidenceUpload"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceUpload" ADD CONSTRAINT "EvidenceUpload_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceUpload" ADD CONSTRAINT "EvidenceUpload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Each kind has what it needs (existing rows are web evidence with a source). Not in
-- schema.prisma, which cannot express it; the server checks the same before writing.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_kind_fields" CHECK (
  CASE "kind"
    WHEN 'web' THEN "sourceId" IS NOT NULL AND "uploadId" IS NULL
    WHEN 'document' THEN "uploadId" IS NOT NULL AND "sourceId" IS NULL
    WHEN 'record' THEN "sourceId" IS NULL AND "uploadId" IS NULL
      AND "recordPerson" IS NOT NULL AND "recordChannel" IS NOT NULL AND "recordDate" IS NOT NULL
    WHEN 'dataset' THEN ("sourceId" IS NULL) <> ("uploadId" IS NULL)
  END
);
