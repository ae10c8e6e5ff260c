import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { adoptWriteHeadHeaders } from "../server/adopt-write-head-headers";

// Copies a response as it streams to its client: the exact bytes on the wire (after
// Next's compression, which wraps these methods later and calls through them) with the
// status and headers they went out with. The client is served as if nothing were there.

export type CapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type Options = {
  /** Decides once headers are final whether the bytes are worth keeping. */
  keep: (status: number, headers: OutgoingHttpHeaders) => boolean;
  maxBytes: number;
};

type WriteArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown];

/**
 * Resolves with the whole response when it was kept and completed; null when it was not
 * worth keeping; "aborted" when its client left before the end (it may be fine for others).
 */
export function captureResponse(res: ServerResponse, options: Options): Promise<CapturedResponse | null | "aborted"> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve("aborted"); // "close" has been and gone
    const chunks: Buffer[] = [];
    let size = 0;
    let keeping: boolean | null = null; // null until the first byte: headers may still change
    const { write, end, writeHead } = res;

    const record = (chunk: unknown, encoding: unknown) => {
      keeping ??= options.keep(res.statusCode, res.getHeaders());
      if (!keeping || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const bytes =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      size += bytes.length;
      if (size > options.maxBytes) {
        keeping = false;
        chunks.length = 0;
      } else chunks.push(bytes);
    };

    // So the copy has every header the client got.
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      adoptWriteHeadHeaders(this, rest);
      const reason = rest.find((arg) => typeof arg === "string") as string | undefined;
      return (writeHead as (status: number, reason?: string) => ServerResponse).call(this, status, reason);
    } as ServerResponse["writeHead"];

    res.write = function (this: ServerResponse, ...args: WriteArgs) {
      record(args[0], args[1]);
      return (write as (...a: WriteArgs) => boolean).apply(this, args);
    } as ServerResponse["write"];

    res.end = function (this: ServerResponse, ...args: WriteArgs) {
      record(args[0], args[1]);
      const status = res.statusCode;
      const headers = res.getHeaders();
      resolve(keeping ? { status, headers, body: Buffer.concat(chunks) } : null);
      return (end as (...a: WriteArgs) => ServerResponse).apply(this, args);
    } as ServerResponse["end"];

    // A client gone before the end: nothing complete to keep (resolving twice is a no-op).
    res.once("close", () => resolve("aborted"));
  });
}
