// Every route handler under app/api/v1 is declared in the OpenAPI registry (lib/api/openapi.ts),
// and every declared endpoint has a handler; the document is served at /api/openapi.json.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_ENDPOINTS, buildOpenApiDocument } from '@/lib/api/openapi';
import { handlers, loadApi } from './support/api-client';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

beforeAll(loadApi);

describe('OpenAPI document', () => {
  it('declares every route handler under app/api/v1, and nothing else', () => {
    const document = buildOpenApiDocument();
    const declared = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect([...handlers.keys()].sort()).toEqual(declared.sort());
    expect(handlers.size).toBe(API_ENDPOINTS.length);
  });

  it('is served at /api/openapi.json, with bodies from the zod schemas minus the path ids', async () => {
    const { GET } = await import('@/app/api/openapi.json/route');
    const response = GET();
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    const create = document.paths['/api/v1/documents/{documentId}/annotations'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['versionId', 'start', 'end', 'kind']);
    expect(create.requestBody.content['application/json'].schema.properties.documentId).toBeUndefined();
    const step = document.paths['/api/v1/claims/{claimId}/steps'].post.requestBody.content['application/json'].schema;
    expect(step.oneOf.map((variant: { properties: { step: { const: string } } }) => variant.properties.step.const)).toEqual([
      'start',
      'propose',
      'accept',
      'send_back',
      'reopen',
      'confirm_words',
    ]);
    expect(JSON.stringify(step)).not.toContain('claimId');
    const claims = document.paths['/api/v1/claims'].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(claims).toEqual(expect.arrayContaining(['status', 'kind', 'tag', 'assignee', 'verdict', 'sort', 'page', 'q', 'documentId']));
  });
});
