import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/ui/auth-card';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { SignUpForm } from './sign-up-form';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/w');
  return (
    <AuthCard
      title="Create your Margin account"
      footer={
        <>
          Already have an account?{' '}
          <Link href="/sign-in" className="text-accent underline underline-offset-4">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
