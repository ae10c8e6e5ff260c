import type { EndpointName } from "./routes";

// Failures a test can ask for: the next N matching requests fail as GitHub (or the
// network in front of it) fails. Rate-limit exhaustion is not a fault in this list:
// it happens for real when a caller runs out, and `exhaustRateLimit` makes it happen now.

export type FaultMatch = {
  /** Only requests to this operation (see routes.ts). */
  endpoint?: EndpointName;
  /** Only requests whose path (without query) equals this string or matches this pattern. */
  path?: string | RegExp;
  /** How many matching requests fail; default 1. */
  times?: number;
};

export type Fault =
  | { kind: "server-error"; status: 500 | 502 | 503 }
  | { kind: "secondary-rate-limit"; status: 403 | 429; retryAfterSeconds: number }
  | { kind: "forbidden" }
  | { kind: "hang"; ms: number | null }
  | { kind: "drop-connection" };

type Pending = { fault: Fault; match: FaultMatch; remaining: number };

export class Faults {
  private readonly pending: Pending[] = [];

  constructor(private readonly onExhaustRateLimit: (seconds: number) => void) {}

  private add(fault: Fault, match: FaultMatch = {}): void {
    this.pending.push({ fault, match, remaining: match.times ?? 1 });
  }

  serverError(status: 500 | 502 | 503 = 500, match?: FaultMatch): void {
    this.add({ kind: "server-error", status }, match);
  }

  /** GitHub's secondary (abuse) limit: 403 or 429 with retry-after, quota untouched. */
  secondaryRateLimit(options: FaultMatch & { status?: 403 | 429; retryAfterSeconds?: number } = {}): void {
    this.add(
      {
        kind: "secondary-rate-limit",
        status: options.status ?? 403,
        retryAfterSeconds: options.retryAfterSeconds ?? 60,
      },
      options,
    );
  }

  /** 403 as GitHub answers a token without the permission (a read-only token writing). */
  forbidden(match?: FaultMatch): void {
    this.add({ kind: "forbidden" }, match);
  }

  /** The response is held back `ms` milliseconds, or until the server closes when ms is omitted. */
  hang(options: FaultMatch & { ms?: number } = {}): void {
    this.add({ kind: "hang", ms: options.ms ?? null }, options);
  }

  /** Headers and half the body are sent, then the connection is destroyed. */
  dropConnection(options: FaultMatch = {}): void {
    this.add({ kind: "drop-connection" }, options);
  }

  /** The primary limit is used up for every caller until `resetInSeconds` from now. */
  exhaustRateLimit(resetInSeconds = 60): void {
    this.onExhaustRateLimit(resetInSeconds);
  }

  clear(): void {
    this.pending.length = 0;
  }

  get pendingCount(): number {
    return this.pending.reduce((sum, p) => sum + p.remaining, 0);
  }

  /** The fault for this request, if one is waiting for it (and counts it as used). */
  take(pathname: string, endpoint: EndpointName | null): Fault | null {
    const index = this.pending.findIndex(({ match }) => {
      if (match.endpoint && match.endpoint !== endpoint) return false;
      if (typeof match.path === "string" && match.path !== pathname) return false;
      if (match.path instanceof RegExp && !match.path.test(pathname)) return false;
      return true;
    });
    if (index < 0) return null;
    const entry = this.pending[index]!;
    entry.remaining--;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return entry.fault;
  }
}
