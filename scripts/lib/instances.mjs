// How many app processes `npm start` serves the port with (scripts/serve.mjs): MARGIN_INSTANCES.
import os from 'node:os';

/** MARGIN_INSTANCES: a whole number, or `cores` for one per core; 1 when unset or not valid. */
export function instanceCount(setting = process.env.MARGIN_INSTANCES) {
  if (setting === 'cores') return os.availableParallelism();
  const count = Number(setting);
  return Number.isInteger(count) && count > 0 ? count : 1;
}
