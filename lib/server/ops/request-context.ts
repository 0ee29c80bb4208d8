import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// What every log line of one request carries: its id. Entered by the request tracker
// (request-tracking.ts) as Node starts the request, before Next.js sees it, so that everything
// the request runs — route handlers, server actions, pages, the database calls they make — logs
// with it. On globalThis: Next.js loads this module in several bundles of one process.

export type RequestContext = { requestId: string };

const SLOT = Symbol.for('margin.request-context');
const slots = globalThis as typeof globalThis & { [SLOT]?: AsyncLocalStorage<RequestContext> };
export const requestContext: AsyncLocalStorage<RequestContext> = (slots[SLOT] ??= new AsyncLocalStorage<RequestContext>());

/** The id of the request this code runs for, if any. */
export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;
