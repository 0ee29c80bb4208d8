// The operations a newsroom's own tools use to bring work in and follow it: documents created
// from text, a URL or a file, comments, archiving, W3C annotation import and export, and the
// workspace's activity feed. Part of the registry in lib/api/endpoints.ts.
import type { ApiEndpoint } from './endpoints';

export const NEWSROOM_API = {} as const satisfies Record<string, ApiEndpoint>;
