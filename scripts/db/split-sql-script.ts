// Splits a migration script into statements at the semicolons that end them — not those inside
// quoted strings, quoted identifiers, comments or dollar-quoted bodies (CREATE FUNCTION … $$ … $$).
// @prisma/adapter-pg's executeScript splits on every ";", which breaks function bodies.
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < script.length) {
    const char = script[i]!;
    const rest = script.slice(i);
    if (char === "'" || char === '"') {
      i = script.indexOf(char, i + 1); // '' and "" escapes are two quotes in a row: fine as is
      if (i === -1) break;
      i += 1;
    } else if (rest.startsWith('--')) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end + 1;
    } else if (rest.startsWith('/*')) {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
    } else if (char === '$' && /^\$[a-z_]*\$/i.test(rest)) {
      const tag = /^\$[a-z_]*\$/i.exec(rest)![0];
      const end = script.indexOf(tag, i + tag.length);
      i = end === -1 ? script.length : end + tag.length;
    } else if (char === ';') {
      statements.push(script.slice(start, i));
      i += 1;
      start = i;
    } else {
      i += 1;
    }
  }
  statements.push(script.slice(start));
  return statements.map((statement) => statement.trim()).filter((statement) => statement.replace(/--[^\n]*/g, '').trim().length > 0);
}
