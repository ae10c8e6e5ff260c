import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { markDataChanged } from "./data-generation";
import { withResponseCache, type ResponseCacheOptions } from "./response-cache";

// The cache in front of a fake handler on a real node:http server, so Node's own
// ServerResponse does the writing, as it does under Next.

type Reply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };

let server: Server;
let url: string;
let renders: number;
let reply: Reply;
let clock: number;

async function start(options: Partial<ResponseCacheOptions> = {}) {
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    renders += 1;
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    let body = Buffer.from(reply.body ?? `render ${renders} of ${req.url}`);
    const headers: Record<string, string> = { "content-type": "text/html", ...reply.headers };
    if (req.headers["accept-encoding"] === "gzip") {
      body = gzipSync(body); // as Next's compression would
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(reply.status ?? 200, headers);
    // Streamed in two writes, as Next streams a page.
    res.write(body.subarray(0, 5));
    res.end(body.subarray(5));
  };
  const cached = withResponseCache(handler, { ttlSeconds: 5, now: () => clock, ...options });
  server = createServer((req, res) => void cached(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw request (fetch would ask for gzip and unpack it behind our back). */
type Init = { method?: string; headers?: Record<string, string>; abortAfterMs?: number };
function get(path: string, init: Init = {}) {
  return new Promise<{
    status: number;
    cache: string | null;
    body: string;
    raw: Buffer;
    headers: IncomingMessage["headers"];
  }>((resolve, reject) => {
    const req = request(`${url}${path}`, init, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const cache = (res.headers["x-cache"] as string | undefined) ?? null;
        resolve({ status: res.statusCode!, cache, body: raw.toString(), raw, headers: res.headers });
      });
    });
    req.on("error", reject);
    req.end();
    if (init.abortAfterMs) setTimeout(() => req.destroy(), init.abortAfterMs);
  });
}

beforeEach(() => {
  renders = 0;
  reply = {};
  clock = 1_000_000;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the response cache", () => {
  it("renders a miss once and answers a repeat from memory", async () => {
    await start();
    expect(await get("/proposals?status=fcp")).toMatchObject({
      cache: "miss",
      body: "render 1 of /proposals?status=fcp",
    });
    const hit = await get("/proposals?status=fcp");
    expect(hit).toMatchObject({ status: 200, cache: "hit", body: "render 1 of /proposals?status=fcp" });
    expect(hit.headers["content-type"]).toBe("text/html");
    expect(hit.headers["content-length"]).toBe(String(hit.body.length));
    expect(await get("/proposals?status=merged")).toMatchObject({ cache: "miss" });
    expect(renders).toBe(2);
  });

  it("answers a reader holding the stored ETag with 304, and others with the body", async () => {
    reply = { headers: { etag: '"v1"', "content-type": "application/atom+xml" }, body: "<feed/>" };
    await start();
    await get("/feeds/status.atom");
    const again = await get("/feeds/status.atom", { headers: { "if-none-match": 'W/"v0", "v1"' } });
    expect(again).toMatchObject({ status: 304, cache: "hit", body: "" });
    expect(again.headers.etag).toBe('"v1"');
    expect(await get("/feeds/status.atom", { headers: { "if-none-match": '"v0"' } })).toMatchObject({
      status: 200,
      body: "<feed/>",
    });
    expect(renders).toBe(1);
  });

  it("renders again once the data changed", async () => {
    await start();
    await get("/api/v1/proposals");
    markDataChanged();
    expect(await get("/api/v1/proposals")).toMatchObject({ cache: "miss", body: "render 2 of /api/v1/proposals" });
    expect(await get("/api/v1/proposals")).toMatchObject({ cache: "hit" });
  });

  it("renders again once an answer is older than the age limit", async () => {
    await start({ ttlSeconds: 5 });
    await get("/");
    clock += 3_000;
    expect(await get("/", { method: "HEAD" })).toMatchObject({ cache: "hit" });
    clock += 2_000;
    expect(await get("/", { method: "HEAD" })).toMatchObject({ cache: "miss" });
  });

  it("shares one render among concurrent misses", async () => {
    await start();
    reply = { delayMs: 100 };
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/proposals")));
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(["render 1 of /proposals"]));
    expect(answers.filter((a) => a.cache === "miss")).toHaveLength(1);
  });

  it("lets the waiters share a new render when the rendering client leaves", async () => {
    await start();
    reply = { delayMs: 200 };
    const leaving = get("/stats", { abortAfterMs: 50 }).catch(() => "aborted");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const waiting = await Promise.all([get("/stats"), get("/stats"), get("/stats")]);
    expect(await leaving).toBe("aborted");
    expect(new Set(waiting.map((w) => w.body))).toEqual(new Set(["render 2 of /stats"]));
    expect(renders).toBe(2);
  });

  it("renders a replacement in one request ahead of the age limit, serving the copy meanwhile", async () => {
    await start({ ttlSeconds: 4 });
    await get("/");
    clock += 3_000;
    reply = { delayMs: 100 };
    const [refreshing, served] = await Promise.all([get("/"), get("/").then(() => get("/"))]);
    expect(refreshing).toMatchObject({ cache: "miss", body: "render 2 of /" });
    expect(served).toMatchObject({ cache: "hit", body: "render 1 of /" });
    clock += 2_000; // the replacement was stored 2 s ago: not yet due for its own refresh
    expect(await get("/")).toMatchObject({ cache: "hit", body: "render 2 of /" });
    expect(renders).toBe(2);
  });

  it("keeps nothing a handler marked no-store, except where the path says it is meant downstream", async () => {
    await start();
    reply = { headers: { "cache-control": "no-store" } };
    await get("/feeds/proposals.atom");
    expect(await get("/feeds/proposals.atom")).toMatchObject({
      cache: "miss",
      body: "render 2 of /feeds/proposals.atom",
    });
    // Next's header on every dynamic page, and the JSON API's: kept, and passed on unchanged.
    reply = { headers: { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } };
    await get("/proposals/4543");
    const page = await get("/proposals/4543");
    expect(page).toMatchObject({ cache: "hit" });
    expect(page.headers["cache-control"]).toContain("no-store");
    reply = { headers: { "cache-control": "no-store" } };
    await get("/api/v1/proposals/4543");
    expect(await get("/api/v1/proposals/4543")).toMatchObject({ cache: "hit" });
  });

  it("keeps no answer other than a 200, nor one that sets a cookie", async () => {
    await start();
    reply = { status: 404 };
    await get("/proposals/1");
    expect(await get("/proposals/1")).toMatchObject({ status: 404, cache: "miss" });
    reply = { headers: { "set-cookie": "a=b" } };
    await get("/stats");
    expect(await get("/stats")).toMatchObject({ cache: "miss" });
    expect(renders).toBe(4);
  });

  it("leaves signed-in readers, other methods and private paths to the handler", async () => {
    await start();
    await get("/fcp");
    const session = { headers: { cookie: "theme=dark; next-auth.session-token=abc" } };
    expect(await get("/fcp", session)).toMatchObject({ cache: null, body: "render 2 of /fcp" });
    const secure = { headers: { cookie: "__Secure-next-auth.session-token=abc" } };
    expect(await get("/fcp", secure)).toMatchObject({ cache: null });
    expect(await get("/fcp", { headers: { authorization: "Bearer x" } })).toMatchObject({ cache: null });
    // The page a form redirected to shows that reader's outcome message.
    expect(await get("/fcp", { headers: { cookie: "msc-flash=e30" } })).toMatchObject({ cache: null });
    expect(await get("/fcp", { headers: { cookie: "theme=dark" } })).toMatchObject({ cache: "hit" });
    expect(await get("/fcp", { headers: { rsc: "1" } })).toMatchObject({ cache: null });
    expect(await get("/fcp", { method: "POST" })).toMatchObject({ cache: null });
    for (const path of ["/api/webhooks/github", "/api/internal/sync", "/api/auth/session", "/_next/static/x.js"]) {
      await get(path);
      expect(await get(path)).toMatchObject({ cache: null });
    }
  });

  it("answers HEAD from a GET's copy, without a body", async () => {
    await start();
    expect(await get("/", { method: "HEAD" })).toMatchObject({ cache: "miss", body: "" });
    await get("/");
    const head = await get("/", { method: "HEAD" });
    expect(head).toMatchObject({ status: 200, cache: "hit", body: "" });
    expect(head.headers["content-length"]).toBe(String("render 2 of /".length));
    expect(renders).toBe(2);
  });

  it("keeps one copy per encoding, with its Content-Encoding", async () => {
    await start();
    const gzip = { headers: { "accept-encoding": "gzip, deflate, br" } };
    await get("/", gzip);
    await get("/");
    const zipped = await get("/", gzip);
    expect(zipped.cache).toBe("hit");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.raw).toString()).toBe("render 1 of /");
    expect(await get("/")).toMatchObject({ body: "render 2 of /" });
  });

  it("is off at 0 seconds", async () => {
    await start({ ttlSeconds: 0 });
    await get("/");
    expect(await get("/")).toMatchObject({ cache: null, body: "render 2 of /" });
  });
});
