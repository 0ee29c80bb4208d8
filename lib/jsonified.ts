/**
 * What a value becomes on its way through JSON (a route handler's answer read in the browser):
 * dates arrive as ISO strings; everything else the server returns here is plain data already.
 */
export type Jsonified<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Jsonified<Item>[]
    : T extends object
      ? { [Key in keyof T]: Jsonified<T[Key]> }
      : T;

/** A value as it would arrive through JSON: what a mutation's result looks like in the client cache beside a route's answers. */
export const jsonified = <T>(value: T): Jsonified<T> => JSON.parse(JSON.stringify(value)) as Jsonified<T>;
