import type { Fault } from "./faults";
import type { EndpointName } from "./routes";

/** One line per HTTP request the fake received, for tests and benchmarks to count. */
export type RequestLogEntry = {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The GitHub operation, or null for an unknown path. */
  endpoint: EndpointName | null;
  /** null while the answer is held back (a hang) or when the connection was dropped first. */
  status: number | null;
  /** Sent If-None-Match or If-Modified-Since. */
  conditional: boolean;
  notModified: boolean;
  authenticated: boolean;
  fault: Fault["kind"] | "primary-rate-limit" | null;
  /** x-ratelimit-remaining as answered. */
  rateLimitRemaining: number | null;
  /** The JSON body of a write, as sent (undefined for reads). */
  body?: unknown;
  /** Wall-clock time the request arrived. */
  at: string;
};
