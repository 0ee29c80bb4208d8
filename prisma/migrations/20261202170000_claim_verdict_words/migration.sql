-- Changed under a verdict: the words a verdict judged are kept with the claim ("verdictWords",
-- and the number of the version they were read in), set when a verdict is proposed and when it
-- is accepted. When a new version moves other words under the claim, or orphans it,
-- "wordsChangedAt" flags it until a second person confirms the verdict still holds or the claim
-- goes back to be checked again (lib/server/claims/flag-changed-words.ts).

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'words_changed';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "verdictWords" TEXT,
ADD COLUMN     "verdictWordsVersion" INTEGER,
ADD COLUMN     "wordsChangedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Claim_workspaceId_wordsChangedAt_idx" ON "Claim"("workspaceId", "wordsChangedAt");
