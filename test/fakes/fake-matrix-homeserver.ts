import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A Matrix homeserver for tests, with just the endpoint notifications use:
// PUT /_matrix/client/v3/rooms/{roomId}/send/{eventType}/{txnId}. It checks the access
// token (401 M_UNKNOWN_TOKEN), answers a repeated transaction id of the same token with
// the event it already created, as the spec requires, and can be told to rate-limit
// (429 M_LIMIT_EXCEEDED with retry_after_ms), to fail (5xx) before storing, or to store
// the event and then fail or cut the connection (the answer is lost, the event is not).

export type RoomEvent = { eventId: string; roomId: string; type: string; txnId: string; content: unknown };

type Fault =
  | { kind: "rate-limit"; retryAfterMs: number }
  | { kind: "error"; status: number }
  | { kind: "error-after-storing"; status: number }
  | { kind: "drop-after-storing" };

export type FakeHomeserver = Awaited<ReturnType<typeof startFakeHomeserver>>;

export async function startFakeHomeserver(options: { tokens: string[] }) {
  const events: RoomEvent[] = [];
  const requests: { method: string; path: string; status: number | null }[] = [];
  const transactions = new Map<string, string>();
  const faults: Fault[] = [];
  let counter = 0;

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    return status;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number | null> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const match = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/send\/([^/]+)\/([^/]+)$/.exec(path);
    if (req.method !== "PUT" || !match)
      return answer(res, 404, { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !options.tokens.includes(token)) {
      return answer(res, 401, { errcode: "M_UNKNOWN_TOKEN", error: "Invalid access token passed." });
    }
    const [roomId, type, txnId] = match.slice(1).map(decodeURIComponent) as [string, string, string];
    const fault = faults.shift();
    if (fault?.kind === "rate-limit") {
      return answer(res, 429, {
        errcode: "M_LIMIT_EXCEEDED",
        error: "Too Many Requests",
        retry_after_ms: fault.retryAfterMs,
      });
    }
    if (fault?.kind === "error") return answer(res, fault.status, { errcode: "M_UNKNOWN", error: "Internal error" });
    // Transaction ids are scoped to the token (the device) and the endpoint.
    const key = `${token}\u0000${roomId}\u0000${type}\u0000${txnId}`;
    let eventId = transactions.get(key);
    if (!eventId) {
      eventId = `$event${++counter}:fake.test`;
      transactions.set(key, eventId);
      events.push({ eventId, roomId, type, txnId, content: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
    }
    if (fault?.kind === "error-after-storing")
      return answer(res, fault.status, { errcode: "M_UNKNOWN", error: "Oops" });
    if (fault?.kind === "drop-after-storing") {
      req.socket.destroy();
      return null;
    }
    return answer(res, 200, { event_id: eventId });
  };

  const server = createServer((req, res) => {
    void handle(req, res).then((status) =>
      requests.push({ method: req.method ?? "", path: new URL(req.url ?? "/", "http://fake").pathname, status }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    events,
    requests,
    rateLimitNext(retryAfterMs: number) {
      faults.push({ kind: "rate-limit", retryAfterMs });
    },
    failNext(count: number, status = 502) {
      for (let i = 0; i < count; i++) faults.push({ kind: "error", status });
    },
    failAfterStoringNext(status = 500) {
      faults.push({ kind: "error-after-storing", status });
    },
    dropAfterStoringNext() {
      faults.push({ kind: "drop-after-storing" });
    },
    clearFaults() {
      faults.length = 0;
    },
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
