import { z } from 'zod';
import { ZWebAddress } from './documents';

/** The address of a published fact check (its page's ClaimReview markup) or of a ClaimReview feed. */
export const ZFactCheckAddress = z.object({ url: ZWebAddress('a published fact check or a ClaimReview feed') });
