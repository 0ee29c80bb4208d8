import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-muted">This page does not exist, or you do not have access to it.</p>
      <Link href="/w" className="mt-6 inline-block text-accent underline underline-offset-4">
        Back to your workspaces
      </Link>
    </main>
  );
}
