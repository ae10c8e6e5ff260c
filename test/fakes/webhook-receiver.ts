import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A webhook receiver for tests: it records every request (headers and raw body), and
// can be told to fail the next ones (with a status and an optional Retry-After), or to
// record a request and then answer 500 or cut the connection, so the sender cannot
// know the delivery arrived.

export type ReceivedWebhook = {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  status: number | null;
};

type Fault =
  | { kind: "error"; status: number; retryAfter?: string }
  | { kind: "error-after-recording" }
  | { kind: "drop-after-recording" };

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const faults: Fault[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const entry: ReceivedWebhook = {
      path: new URL(req.url ?? "/", "http://fake").pathname,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      status: null,
    };
    const fault = faults.shift();
    if (fault?.kind === "error") {
      res
        .writeHead(fault.status, fault.retryAfter ? { "retry-after": fault.retryAfter } : {})
        .end("failing on purpose");
      entry.status = fault.status;
      return;
    }
    received.push(entry);
    if (fault?.kind === "drop-after-recording") return void req.socket.destroy();
    entry.status = fault?.kind === "error-after-recording" ? 500 : 204;
    res.writeHead(entry.status).end();
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Requests it accepted (failed-on-purpose ones are answered but not kept). */
    received,
    failNext(count: number, status = 503, retryAfter?: string) {
      for (let i = 0; i < count; i++) faults.push({ kind: "error", status, retryAfter });
    },
    failAfterRecordingNext() {
      faults.push({ kind: "error-after-recording" });
    },
    dropAfterRecordingNext() {
      faults.push({ kind: "drop-after-recording" });
    },
    clearFaults() {
      faults.length = 0;
    },
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
