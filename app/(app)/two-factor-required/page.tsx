import Link from 'next/link';
import { requirePageUser } from '@/lib/server/session/current-user';

export const metadata = { title: 'Two-factor authentication required' };

/** Where a workspace that requires two-factor authentication sends a member without it. */
export default async function TwoFactorRequiredPage({ searchParams }: { searchParams: Promise<{ workspace?: string }> }) {
  await requirePageUser();
  const { workspace } = await searchParams;
  return (
    <main className="page page-text">
      <h1 className="text-2xl font-semibold tracking-tight">Turn on two-factor authentication</h1>
      <p className="mt-4">
        {workspace ? <>The workspace “{workspace.slice(0, 64)}”</> : 'This workspace'} requires every member to sign in with a second
        factor: a code from an authenticator app on your phone.
      </p>
      <p className="mt-4">
        <Link href="/account#two-factor" className="text-accent underline underline-offset-4">
          Set it up in your account
        </Link>
        , then open the workspace again.
      </p>
    </main>
  );
}
