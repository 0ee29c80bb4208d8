// Reads a Server-Sent Events response as it arrives, for tests: waits for the message that
// matches (within the test's timeout), never for a fixed time.
export type SseMessage = { id?: string; event: string; data: unknown };

/** `onMessage` sees each message as it is parsed (the benchmark times arrivals with it). */
export function readSse(response: Response, onMessage?: (message: SseMessage) => void) {
  const messages: SseMessage[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  const notify = () => waiters.forEach((wake) => wake());

  const done = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        text += value;
        let end: number;
        while ((end = text.indexOf('\n\n')) !== -1) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          const message = parseBlock(block);
          if (message) {
            messages.push(message);
            onMessage?.(message);
          }
        }
        notify();
      }
    } catch {
      // aborted by the test
    } finally {
      ended = true;
      notify();
    }
  })();

  /** Resolves when a message after the first `from` ones matches (or rejects when the stream ends first). */
  function waitFor(match: (message: SseMessage) => boolean, from = 0): Promise<SseMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.slice(from).find(match);
        if (found) {
          waiters.delete(check);
          resolve(found);
        } else if (ended) {
          waiters.delete(check);
          reject(new Error(`the stream ended without it; got ${JSON.stringify(messages)}`));
        }
      };
      waiters.add(check);
      check();
    });
  }

  return {
    messages,
    waitFor,
    done,
    get ended() {
      return ended;
    },
  };
}

function parseBlock(block: string): SseMessage | null {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  return { id, event, data: JSON.parse(data.join('\n')) };
}
