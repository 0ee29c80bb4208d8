import type { Metadata } from 'next';
import { GeistSans } from 'geist/font/sans';
import { connection } from 'next/server';
import { OfflineNotice } from '@/components/ui/offline-notice';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Margin', template: '%s · Margin' },
  description: 'Fact-checking for teams: mark the claims in an article, source them, verify them together.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so that its scripts carry the request's nonce (proxy.ts).
  await connection();
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen font-sans antialiased">
        <OfflineNotice />
        {children}
      </body>
    </html>
  );
}
