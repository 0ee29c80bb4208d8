-- An account's security activity (lib/server/account-events): sign-ins, password and two-factor
-- changes, ended sessions and API tokens, shown to the account's owner on Your account.

-- CreateEnum
CREATE TYPE "AccountEventKind" AS ENUM ('signed_in', 'password_changed', 'password_reset', 'two_factor_on', 'two_factor_off', 'recovery_code_used', 'session_revoked', 'other_sessions_signed_out', 'api_token_created', 'api_token_revoked');

-- CreateTable
CREATE TABLE "AccountEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AccountEventKind" NOT NULL,
    "deviceLabel" TEXT,
    "ip" TEXT,
    "detail" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountEvent_userId_at_idx" ON "AccountEvent"("userId", "at");

-- AddForeignKey
ALTER TABLE "AccountEvent" ADD CONSTRAINT "AccountEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
