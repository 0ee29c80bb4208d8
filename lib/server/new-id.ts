import 'server-only';
import { randomBytes } from 'node:crypto';

/** A cuid-shaped id made here, for imports that write many rows with a few multi-row inserts. */
export const newId = () =>
  `c${BigInt(`0x${randomBytes(16).toString('hex')}`)
    .toString(36)
    .padStart(25, '0')
    .slice(0, 24)}`;
