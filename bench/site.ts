// `npm run bench:site [-- --scale 4500|snapshot] [--duration 10] [--connections 32]
//   [--database embedded|postgres] [--urls /proposals,/api/v1/proposals,...] [--uncached]`
// The public site under load: the real server (scripts/start.ts, response cache on as
// configured by default) against a static node:http server answering with the same
// bytes from memory, autocannon on both. Targets (public-site issue), for /proposals
// and /api/v1/proposals: requests/s >= 0.5 x static's, p99 <= 50 ms. Other URLs are
// reported without a verdict. Exits 1 if a target fails.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { startAppServer, type AppServer } from "./support/app-server";
import { formatLoad, LOAD_HEADER, runLoad, type LoadFigures } from "./support/load-run";
import { sampleProcessRss } from "./support/process-rss";
import { mib } from "./support/rss-sampler";
import { prepareSiteData } from "./support/site-data";
import { startStaticServer } from "./support/static-server";

const TARGET_URLS = ["/proposals", "/api/v1/proposals"];
const DEFAULT_URLS = [...TARGET_URLS, "/", "/proposals/4543"];
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
const CACHE_SECONDS = 5;
const WARM_UP_SECONDS = 1;
const APP_PORT = "3260";
const STATIC_PORT = 3261;

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "4500" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    database: { type: "string", default: "embedded" },
    urls: { type: "string" },
    uncached: { type: "boolean", default: false },
  },
});
const scale = values.scale === "snapshot" ? null : Number(values.scale);
const duration = Number(values.duration);
const connections = Number(values.connections);
const urls = values.urls ? values.urls.split(",") : DEFAULT_URLS;
if ((scale !== null && !(scale > 0)) || !(duration > 0) || !(connections > 0)) {
  throw new Error("--scale is a number of MSCs or snapshot; --duration and --connections are positive numbers");
}
if (values.database !== "embedded" && values.database !== "postgres") throw new Error("--database embedded|postgres");

type Page = { url: string; body: Buffer; contentType: string; status: number };

/** The exact bytes a load generator gets (no Accept-Encoding, as autocannon sends). */
async function fetchPage(app: AppServer, url: string): Promise<Page> {
  const response = await fetch(`${app.url}${url}`, { headers: { "accept-encoding": "identity" } });
  const body = Buffer.from(await response.arrayBuffer());
  return { url, body, status: response.status, contentType: response.headers.get("content-type") ?? "text/plain" };
}

/** One request's wall time once the cached copies have expired: what a miss costs. */
async function coldLatencies(app: AppServer, pages: Page[]) {
  await sleep(CACHE_SECONDS * 1000 + 200);
  const cold: { url: string; ms: number; cache: string | null }[] = [];
  for (const page of pages) {
    const started = performance.now();
    const response = await fetch(`${app.url}${page.url}`, { headers: { "accept-encoding": "identity" } });
    await response.arrayBuffer();
    cold.push({ url: page.url, ms: performance.now() - started, cache: response.headers.get("x-cache") });
  }
  return cold;
}

const data = await prepareSiteData(values.database, scale);
console.log(`Site benchmark: ${data.description}; autocannon ${connections} connections x ${duration} s per server.`);
console.log(`App: the real server (npm start path), RESPONSE_CACHE_SECONDS=${CACHE_SECONDS}, port ${APP_PORT}.`);
console.log("Static: node:http in its own process answering with the same bytes from memory, same content type.");
console.log(`Each server gets ${WARM_UP_SECONDS} s of the same load first, not counted.`);
let passed = true;
try {
  const app = await startAppServer(
    { ...data.env, PORT: APP_PORT, RESPONSE_CACHE_SECONDS: String(CACHE_SECONDS) },
    data,
  );
  const rows: { page: Page; staticLoad: LoadFigures; appLoad: LoadFigures; peakRss: number }[] = [];
  const pages: Page[] = [];
  try {
    for (const url of urls) pages.push(await fetchPage(app, url)); // also Next's first load of each route
    const served = pages.filter((page) => page.status === 200);
    for (const page of pages.filter((p) => p.status !== 200))
      console.log(`  skipped ${page.url}: it answers ${page.status}`);
    const cold = await coldLatencies(app, served);
    console.log(`\nOne request after the cached copies expired (a miss: the render's cost), sequential:`);
    for (const c of cold) console.log(`  ${c.url.padEnd(22)} ${c.ms.toFixed(0).padStart(5)} ms  (x-cache: ${c.cache})`);
    const idleRss = sampleProcessRss(app.pid).currentBytes();

    for (const page of served) {
      const baseline = await startStaticServer(page.body, page.contentType, STATIC_PORT);
      await runLoad(`${baseline.url}${page.url}`, connections, WARM_UP_SECONDS); // JIT, sockets
      const staticLoad = await runLoad(`${baseline.url}${page.url}`, connections, duration);
      await baseline.stop();
      await runLoad(`${app.url}${page.url}`, connections, WARM_UP_SECONDS);
      const rss = sampleProcessRss(app.pid);
      const appLoad = await runLoad(`${app.url}${page.url}`, connections, duration);
      rows.push({ page, staticLoad, appLoad, peakRss: rss.stop() });
    }
    console.log(`\nApp server RSS: ${mib(idleRss)} idle after warm-up.`);
  } finally {
    await app.stop();
  }
  for (const { page, staticLoad, appLoad, peakRss } of rows) {
    const ratio = appLoad.requestsPerSecond / staticLoad.requestsPerSecond;
    console.log(`\n${page.url}  (${(page.body.length / 1024).toFixed(0)} KiB ${page.contentType})`);
    console.log(LOAD_HEADER);
    console.log(formatLoad("static (same bytes)", staticLoad));
    console.log(formatLoad("app (response cache)", appLoad));
    console.log(`    ratio ${ratio.toFixed(2)} x static; app peak RSS during its run ${mib(peakRss)}`);
    if (!TARGET_URLS.includes(page.url)) continue;
    const checks = [
      { ok: ratio >= TARGET_RATIO, text: `requests/s ${ratio.toFixed(2)} x static (target >= ${TARGET_RATIO})` },
      { ok: appLoad.p99Ms <= TARGET_P99_MS, text: `p99 ${appLoad.p99Ms} ms (target <= ${TARGET_P99_MS} ms)` },
      { ok: appLoad.failures === 0, text: `${appLoad.failures} non-200 answers or errors (target 0)` },
    ];
    for (const check of checks) console.log(`    ${check.ok ? "PASS" : "FAIL"}  ${check.text}`);
    passed &&= checks.every((check) => check.ok);
  }
  if (values.uncached) await runUncached(rows.map((r) => r.page));
} finally {
  await data.dispose();
}
console.log(passed ? "\nRESULT: PASS" : "\nRESULT: FAIL");
process.exit(passed ? 0 : 1);

/** The same load with the cache off: what rendering every request costs (no verdict). */
async function runUncached(pages: Page[]) {
  const app = await startAppServer({ ...data.env, PORT: APP_PORT, RESPONSE_CACHE_SECONDS: "0" }, data);
  try {
    console.log(`\nWith RESPONSE_CACHE_SECONDS=0 (every request rendered):`);
    console.log(LOAD_HEADER);
    for (const page of pages) {
      await fetchPage(app, page.url);
      const rss = sampleProcessRss(app.pid);
      const load = await runLoad(`${app.url}${page.url}`, connections, duration);
      console.log(`${formatLoad(`app ${page.url}`, load)}  peak RSS ${mib(rss.stop())}`);
    }
  } finally {
    await app.stop();
  }
}
