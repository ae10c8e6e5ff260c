// What a failed fetch says, in one line: undici hides the socket's reason in `cause`.
export function describeFetchFailure(error: unknown, what: string): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if ((error as Error)?.name === "TimeoutError") return `${what} did not answer in time`;
  const reason = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return `${what} unreachable (${reason})`;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if any. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
