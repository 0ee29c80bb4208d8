-- CreateTable
CREATE TABLE "PublishingProfile" (
    "workspaceId" TEXT NOT NULL,
    "organizationName" TEXT NOT NULL,
    "organizationUrl" TEXT NOT NULL,
    "logoUrl" TEXT,
    "claimUrlPattern" TEXT NOT NULL,
    "ratings" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishingProfile_pkey" PRIMARY KEY ("workspaceId")
);

-- AddForeignKey
ALTER TABLE "PublishingProfile" ADD CONSTRAINT "PublishingProfile_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
