import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { withoutClientScripts } from "./without-client-scripts";

// The wrapper in front of a fake Next on a real node:http server: Next writes its head,
// then streams the page in pieces, compressing only when the request asks for it.

const PAGE =
  '<html><head><script src="/_next/a.js" async=""></script></head><body><p>MSC4543</p><script>x()</script></body></html>';
let server: Server;
let seenEncoding: string | undefined;

async function start(status = 200, type = "text/html; charset=utf-8") {
  const next = (req: IncomingMessage, res: ServerResponse) => {
    seenEncoding = req.headers["accept-encoding"] as string | undefined;
    res.writeHead(status, { "content-type": type, vary: "RSC" });
    res.write(PAGE.slice(0, 40));
    res.end(PAGE.slice(40));
  };
  const wrapped = withoutClientScripts(next);
  server = createServer((req, res) => void wrapped(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("withoutClientScripts", () => {
  it("serves a finished page without scripts, compressed as the reader asked", async () => {
    const base = await start();
    const answer = await get(`${base}/proposals?status=fcp`, { "accept-encoding": "gzip, deflate, br" });
    expect(seenEncoding).toBe("identity");
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers.vary).toBe("RSC, Accept-Encoding");
    const html = gunzipSync(answer.body).toString();
    expect(html).toBe("<html><head></head><body><p>MSC4543</p></body></html>");
    expect(answer.headers["content-length"]).toBe(String(answer.body.length));
  });

  it("keeps the scripts of error pages, which need them for their boundaries", async () => {
    const base = await start(500);
    const answer = await get(`${base}/proposals/4543`);
    expect(answer.status).toBe(500);
    expect(answer.body.toString()).toBe(PAGE);
  });

  it("leaves route handlers, feeds, assets and client-router requests to Next as they are", async () => {
    const base = await start(200, "application/json");
    for (const [path, headers] of [
      ["/api/v1/proposals", {}],
      ["/feeds/status.atom", {}],
      ["/_next/static/chunks/a.js", {}],
      ["/favicon.ico", {}],
      ["/proposals", { rsc: "1" }],
    ] as const) {
      const answer = await get(`${base}${path}`, { "accept-encoding": "gzip", ...headers });
      expect(seenEncoding, path).toBe("gzip");
      expect(answer.body.toString(), path).toBe(PAGE);
    }
  });
});
