import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/session/current-user';

export default async function HomePage() {
  redirect((await getCurrentUser()) ? '/w' : '/sign-in');
}
