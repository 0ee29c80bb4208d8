import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/ui/auth-card';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { SignInForm } from './sign-in-form';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(callbackUrl));
  return (
    <AuthCard
      title="Sign in to Margin"
      footer={
        <>
          New here?{' '}
          <Link href="/sign-up" className="text-accent underline underline-offset-4">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
