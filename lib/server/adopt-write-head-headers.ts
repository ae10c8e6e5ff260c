import type { ServerResponse } from "node:http";

/**
 * Headers handed to writeHead directly are not kept by Node (getHeaders misses them).
 * Wrappers that stand in for writeHead set them one by one first, so what they read
 * back or replay is every header the client gets.
 */
export function adoptWriteHeadHeaders(res: ServerResponse, writeHeadArgs: unknown[]): void {
  const headers = writeHeadArgs.find((arg) => typeof arg === "object" && arg !== null);
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}
