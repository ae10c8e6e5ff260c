/**
 * A database problem a person can fix. Its message is one line that names the
 * problem and what to do; start-up prints it and exits instead of a stack trace.
 */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** postgresql://user:secret@host:5432/db -> host:5432/db, never echoing the password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "the configured DATABASE_URL";
  }
}
