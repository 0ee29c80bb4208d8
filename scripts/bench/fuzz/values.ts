// Values for the API fuzzer: what a JSON Schema of the OpenAPI document allows (valid values,
// fields named …Id drawn from the id pools), and what it does not — wrong types, nulls, numbers
// past every column's range, strings with NUL, lone surrogates and other unicode, huge strings,
// deep nesting.
import fc from 'fast-check';

export type JsonSchema = { [key: string]: unknown };

/** Generated strings stay short unless a huge one is asked for: the limits are what is under test. */
const MAX_GENERATED = 40;

const unicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: MAX_GENERATED }),
  fc.string({ unit: 'binary', maxLength: MAX_GENERATED }), // lone surrogates included
  fc.constantFrom('\u0000', 'a\u0000b', '\u202eevil', '🇺🇦👩‍👩‍👧', 'Z̷̢̛a̶l̸g̴o', '\r\n\t', '٣٤٥', '\ufeff', ' '),
);
const hugeString = fc.integer({ min: 1_000, max: 400_000 }).map((length) => 'x'.repeat(length));
const bigNumber = fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 0.5, 1e-7, Number.MAX_SAFE_INTEGER);
const deep = fc.integer({ min: 2, max: 2_000 }).chain((depth) =>
  fc
    .constantFrom<(inner: unknown) => unknown>(
      (inner) => [inner],
      (inner) => ({ a: inner }),
    )
    .map((wrap) => {
      let value: unknown = 1;
      for (let level = 0; level < depth; level++) value = wrap(value);
      return value;
    }),
);

/** Anything JSON can carry, weighted towards what breaks servers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: bigNumber, weight: 3 },
  { arbitrary: unicode, weight: 4 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 5 }), weight: 1 },
  { arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), weight: 1 },
);

/** A string as a schema allows it (length, enum, pattern), sometimes with hostile unicode within the limits. */
function validString(schema: JsonSchema): fc.Arbitrary<string> {
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern), { maxLength: MAX_GENERATED });
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.max(minLength, Math.min(Number(schema.maxLength ?? MAX_GENERATED), MAX_GENERATED));
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    unicode.filter((text) => text.length >= minLength && text.length <= Number(schema.maxLength ?? Infinity)),
    fc.constantFrom('https://example.org/a', 'http://127.0.0.1:9/x', 'file:///etc/passwd', '2024-02-29', 'javascript:alert(1)'),
  );
}

function validInteger(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Number(schema.minimum ?? -(2 ** 31));
  const max = Number(schema.maximum ?? 2 ** 31);
  return fc.oneof(
    { arbitrary: fc.integer({ min: Math.max(min, -5), max: Math.min(max, 12) }), weight: 4 },
    { arbitrary: fc.constantFrom(min, max), weight: 1 },
    { arbitrary: fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }), weight: 1 },
  );
}

/** A value the schema allows; `idOf(name)` supplies the values of properties named …Id. */
export function valueOf(schema: JsonSchema, idOf: (name: string) => fc.Arbitrary<string> | null, name = ''): fc.Arbitrary<unknown> {
  const ids = idOf(name);
  if (ids && (schema.type === 'string' || schema.anyOf === undefined)) return ids;
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) return fc.oneof(...variants.map((variant) => valueOf(variant, idOf, name)));
  switch (schema.type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return validInteger(schema);
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      const maxLength = Math.min(Number(schema.maxItems ?? 5), 5);
      return fc.array(valueOf(items, idOf, name), { minLength: Math.min(Number(schema.minItems ?? 0), maxLength), maxLength });
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      const record = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueOf(property, idOf, key)]));
      return fc.record(record, { requiredKeys: required.filter((key) => key in record) });
    }
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}
