-- CreateTable
CREATE TABLE "SignInBackoff" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "waitUntil" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInBackoff_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInBackoff_updatedAt_idx" ON "SignInBackoff"("updatedAt");
