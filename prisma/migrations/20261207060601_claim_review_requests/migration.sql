-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "requestedReviewerId" TEXT,
ADD COLUMN     "sentBackAt" TIMESTAMP(3),
ADD COLUMN     "sentBackReason" TEXT,
ADD COLUMN     "sentBackToId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_requestedReviewerId_idx" ON "Claim"("requestedReviewerId");

-- CreateIndex
CREATE INDEX "Claim_sentBackToId_idx" ON "Claim"("sentBackToId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_requestedReviewerId_fkey" FOREIGN KEY ("requestedReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sentBackToId_fkey" FOREIGN KEY ("sentBackToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
