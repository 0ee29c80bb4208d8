// Requests for the API fuzzer, generated from the OpenAPI document the server serves: an
// operation, a caller (a token of workspace A acting as owner or as viewer, workspace B's owner,
// no token or a made-up one), path ids (the caller's own, the other workspace's, random,
// malformed), a query string and a body — valid by the schema, or broken in one of many ways.
import fc from 'fast-check';
import type { FuzzIds } from './seed';
import { hostileValue, valueOf, type JsonSchema } from './values';

export type Caller = 'owner' | 'viewer' | 'other' | 'anonymous';
export type IdKind = 'own' | 'foreign' | 'random' | 'malformed';
export type Operation = {
  operationId: string;
  method: string;
  path: string;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body: JsonSchema | null;
};
export type FuzzRequest = {
  caller: Caller;
  operationId: string;
  method: string;
  url: string;
  pathIds: IdKind[];
  bodyKind: string;
  body: { text: string; contentType: string | null } | null;
};

type OpenApi = {
  paths: Record<string, Record<string, { operationId: string; parameters?: (Operation['query'][number] & { in: string })[] }>>;
};

/** Every operation of the document, with its query parameters and JSON body schema. */
export function operationsOf(document: OpenApi): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = (operation as { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }).requestBody?.content;
      return {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        query: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query'),
        body: content?.['application/json']?.schema ?? (content ? {} : null),
      };
    }),
  );
}

const MALFORMED = [
  ...['%', '%zz', '%E0%A4%A', '%00', '%2F', '%2e%2e', '..', '.', '%20', 'null', 'undefined', '0', '-1', '1e999'],
  encodeURIComponent(`'; DROP TABLE "Document";--`),
  'x'.repeat(5_000),
  encodeURIComponent('🇺🇦\u202e'),
];
const malformedSegment = fc.oneof(fc.constantFrom(...MALFORMED), fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent));
const randomId = fc.oneof(fc.uuid(), fc.stringMatching(/^c[a-z0-9]{24}$/));

const ID_NAMES: Record<string, keyof FuzzIds> = {
  documentId: 'documentId',
  document: 'documentId',
  versionId: 'versionId',
  annotationId: 'annotationId',
  parentId: 'annotationId',
  claimId: 'claimId',
  evidenceId: 'evidenceId',
  sourceId: 'sourceId',
  webhookId: 'webhookId',
};

/** The request arbitrary for these operations and the two workspaces' ids. */
export function requestArbitrary(operations: Operation[], ids: { a: FuzzIds; b: FuzzIds }): fc.Arbitrary<FuzzRequest> {
  const caller = fc.oneof(
    { arbitrary: fc.constant<Caller>('owner'), weight: 6 },
    { arbitrary: fc.constant<Caller>('viewer'), weight: 2 },
    { arbitrary: fc.constant<Caller>('other'), weight: 2 },
    { arbitrary: fc.constant<Caller>('anonymous'), weight: 1 },
  );
  return fc.tuple(caller, fc.constantFrom(...operations)).chain(([who, operation]) => {
    const own = who === 'other' ? ids.b : ids.a;
    const foreign = who === 'other' ? ids.a : ids.b;
    /** An id for a parameter or field name; the other workspace's more often for B's token. */
    const idFor = (name: string): fc.Arbitrary<{ kind: IdKind; value: string }> => {
      const key = ID_NAMES[name];
      const pick = (pool: FuzzIds) => (key ? fc.constant(pool[key]) : fc.constantFrom(...Object.values(pool)));
      return fc.oneof(
        { arbitrary: pick(own).map((value) => ({ kind: 'own' as const, value })), weight: who === 'other' ? 1 : 6 },
        { arbitrary: pick(foreign).map((value) => ({ kind: 'foreign' as const, value })), weight: who === 'other' ? 6 : 2 },
        { arbitrary: randomId.map((value) => ({ kind: 'random' as const, value })), weight: 1 },
        { arbitrary: malformedSegment.map((value) => ({ kind: 'malformed' as const, value: decodeOrKeep(value) })), weight: 1 },
      );
    };
    const fieldId = (name: string) =>
      name.endsWith('Id') || name.endsWith('Ids') || name in ID_NAMES ? idFor(name).map((id) => id.value) : null;
    const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const pathIds = fc.tuple(
      ...names.map((name) =>
        fc.oneof(
          { arbitrary: idFor(name).map((id) => ({ ...id, segment: encodeURIComponent(id.value) })), weight: 8 },
          { arbitrary: malformedSegment.map((segment) => ({ kind: 'malformed' as const, value: segment, segment })), weight: 1 },
        ),
      ),
    );
    return fc
      .record({ pathIds, query: queryArbitrary(operation, fieldId), body: bodyArbitrary(operation, fieldId) })
      .map(({ pathIds: chosen, query, body }): FuzzRequest => {
        let index = 0;
        const path = operation.path.replace(/\{\w+\}/g, () => chosen[index++]!.segment);
        return {
          caller: who,
          operationId: operation.operationId,
          method: operation.method,
          url: query ? `${path}?${query}` : path,
          pathIds: chosen.map((id) => id.kind),
          bodyKind: body.kind,
          body: body.body,
        };
      });
  });
}

function decodeOrKeep(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type FieldId = (name: string) => fc.Arbitrary<string> | null;
const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

function queryArbitrary(operation: Operation, fieldId: FieldId): fc.Arbitrary<string> {
  const parameters = operation.query.map((parameter) =>
    fc
      .option(
        fc.oneof(
          { arbitrary: valueOf(parameter.schema, fieldId, parameter.name).map(asText), weight: 4 },
          { arbitrary: hostileValue.map(asText), weight: 1 },
        ),
        { freq: parameter.required ? 10 : 2 },
      )
      .map((value) => (value === null ? [] : [[parameter.name, value] as [string, string]])),
  );
  const extra = fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 2 });
  return fc
    .tuple(fc.tuple(...parameters), extra, fc.option(fc.constantFrom('%zz', '&&=&', 'a[b]=1', '%00=%00'), { freq: 8 }))
    .map(([chosen, more, raw]) => {
      const search = new URLSearchParams([...chosen.flat(), ...more]).toString();
      return raw ? `${search}&${raw}` : search;
    });
}

type Body = { kind: string; body: FuzzRequest['body'] };
const json = (kind: string, value: unknown, contentType: string | null = 'application/json'): Body => ({
  kind,
  body: { text: JSON.stringify(value) ?? 'null', contentType },
});

function bodyArbitrary(operation: Operation, fieldId: FieldId): fc.Arbitrary<Body> {
  const broken: fc.Arbitrary<Body>[] = [
    hostileValue.map((value) => json('hostile JSON', value)),
    fc
      .oneof(fc.constantFrom('{', '{"a":', 'nul', '[1,2', '\u0000', '', '{"__proto__":{"x":1}}'), fc.string({ maxLength: 50 }))
      .map((text) => ({ kind: 'not JSON', body: { text, contentType: 'application/json' } })),
    fc.string({ maxLength: 200 }).map((text) => ({
      kind: 'broken multipart',
      body: { text, contentType: 'multipart/form-data; boundary=fuzz' },
    })),
  ];
  if (operation.method === 'GET' || operation.method === 'DELETE') return fc.oneof(fc.constant({ kind: 'none', body: null }), ...broken);
  if (!operation.body) return fc.oneof(fc.constant({ kind: 'none', body: null }), ...broken);
  const valid = valueOf(operation.body, fieldId);
  const mutated = valid.chain((value) => {
    const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const keys = object ? Object.keys(object) : [];
    const variants: fc.Arbitrary<Body>[] = [
      fc
        .constantFrom('text/plain', 'application/xml', null, 'application/json; charset=utf-16')
        .map((type) => json('wrong content type', value, type)),
      fc
        .record({ key: fc.string({ maxLength: 12 }), extra: hostileValue })
        .map(({ key, extra }) => json('extra field', object ? { ...object, [key]: extra } : value)),
    ];
    if (keys.length)
      variants.push(
        fc
          .record({ key: fc.constantFrom(...keys), replacement: hostileValue })
          .map(({ key, replacement }) => json(`${key}: wrong value`, { ...object, [key]: replacement })),
        fc.constantFrom(...keys).map((key) => {
          const rest = { ...object };
          delete rest[key];
          return json(`${key} missing`, rest);
        }),
      );
    return fc.oneof(...variants);
  });
  return fc.oneof(
    { arbitrary: valid.map((value) => json('valid', value)), weight: 4 },
    { arbitrary: mutated, weight: 4 },
    { arbitrary: fc.oneof(...broken), weight: 2 },
  );
}
