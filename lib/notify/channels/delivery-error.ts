// A failed send, as the channel clients report it: one line a person can act on, how
// long the far side asked us to wait (a rate limit), and whether retrying can help.

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly options: { retryAfterMs?: number; permanent?: boolean } = {},
  ) {
    super(message);
  }
}

/** The first line of any thrown thing: database and socket errors can run over several. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n", 1)[0]!.trim() || "unknown error";
}
