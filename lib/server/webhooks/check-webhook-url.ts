import 'server-only';
import { AppError } from '@/lib/errors';
import { checkFetchableUrl, FetchRefused } from '@/lib/server/fetch/safe-fetch';

/** A webhook address must be one the delivery job may send to (public http(s)): refused at save time too. */
export async function checkWebhookUrl(url: string): Promise<string> {
  try {
    return (await checkFetchableUrl(url)).toString();
  } catch (error) {
    if (error instanceof FetchRefused) throw new AppError('invalid', error.message, { url: [error.message] });
    throw error;
  }
}
