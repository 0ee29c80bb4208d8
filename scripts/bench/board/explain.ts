// What PostgreSQL does for the queries a piece of work sends: every query the Prisma adapter sends
// through `pg` while `captureQueries` runs is recorded with its values, then EXPLAINed on a
// connection of its own, and summarised as the indexes it uses and the big tables it scans whole.
import pg from 'pg';

type Captured = { text: string; values: unknown[] };

let capturing: Captured[] | null = null;
const originalQuery = pg.Client.prototype.query;
// Recording only: the query itself goes through unchanged.
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, values] = args as [unknown, unknown];
  if (capturing) {
    if (typeof config === 'string') capturing.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (config && typeof config === 'object' && typeof (config as { text?: unknown }).text === 'string') {
      const { text, values: bound } = config as { text: string; values?: unknown[] };
      capturing.push({ text, values: bound ?? (Array.isArray(values) ? values : []) });
    }
  }
  return (originalQuery as (...rest: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** Runs `work` and returns the SELECTs it sent. */
export async function captureQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: Captured[] }> {
  capturing = [];
  try {
    const result = await work();
    return { result, queries: capturing.filter(({ text }) => /^\s*(?:SELECT|WITH)\b/i.test(text)) };
  } finally {
    capturing = null;
  }
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

const WRAPPERS = ['Limit', 'Aggregate', 'Result', 'Gather', 'Gather Merge', 'Subquery Scan', 'Materialize'];

/** What a plan does first under its LIMIT and count: "Nested Loop → Index Scan Backward Claim_workspaceId_updatedAt_id_idx". */
function topNode(plan: PlanNode): string {
  let node = plan;
  while (WRAPPERS.includes(node['Node Type']) && node.Plans?.length === 1) node = node.Plans[0]!;
  let first = node;
  while (first.Plans?.length) first = first.Plans[0]!;
  const leaf = `${first['Node Type']}${first['Index Name'] ? ` ${first['Index Name']}` : first['Relation Name'] ? ` ${first['Relation Name']}` : ''}`;
  return first === node ? leaf : `${node['Node Type']} → ${leaf}`;
}

function walk(node: PlanNode, visit: (node: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/**
 * The indexes the queries use, the tables in `bigTables` any of them reads with a sequential scan
 * (what would grow with the workspace), and the top of the first query's plan (a page's own query).
 */
export async function explainQueries(databaseUrl: string, queries: Captured[], bigTables: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const topNodes: string[] = [];
  try {
    for (const { text, values } of queries) {
      const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, values);
      const plan = rows[0]!['QUERY PLAN'][0]!.Plan;
      if (topNodes.length === 0) topNodes.push(topNode(plan));
      walk(plan, (node) => {
        if (node['Index Name']) indexes.add(node['Index Name']);
        if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && bigTables.includes(node['Relation Name']))
          seqScans.add(node['Relation Name']);
      });
    }
  } finally {
    await client.end();
  }
  return { indexes: [...indexes].sort(), seqScans: [...seqScans].sort(), topNodes };
}
