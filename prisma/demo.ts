// The demo account and workspace that `npm start` creates on first start (see README.md: Two commands).
export const DEMO = {
  name: 'Dana Demo',
  email: 'demo@margin.test',
  password: 'demo-password',
  workspaceSlug: 'demo',
  workspaceName: 'Demo desk',
  documentTitle: 'North Korea, Russia and the EU’s “critical engagement”',
} as const;

export const DEMO_CREDENTIALS_LINE = `Demo sign-in: ${DEMO.email} / ${DEMO.password}`;
