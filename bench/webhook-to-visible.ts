// `npx tsx bench/webhook-to-visible.ts [--scale 4500]`: how long a label change sent by
// GitHub's webhook takes to show in the JSON API and on the home page of the real server.
// Target: visible within 2 s, judged on the worst round (max). Exits 1 if missed.
// --scale first syncs the server from the fake GitHub grown to that many MSCs, since the
// home page's cost grows with the number of proposals it lists.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startFakeGitHub, type FakeGitHub } from "@/test/fake-github/start-fake-github";
import { signedDelivery } from "@/test/support/webhook-examples";
import { startAppServer } from "./support/app-server";
import { FCP_LABEL, homePageListsInFcp, labelDelivery, MSC } from "./support/msc-label-delivery";
import { pollUntil, timeIt } from "./support/poll";
import { syncThroughServer } from "./support/sync-app-server";
import { formatSummary, ms, summarize } from "./support/timing-stats";

const SECRET = "bench-webhook-secret";
const ROUNDS = 20;
const BASELINE_REQUESTS = 20;
const TARGET_MS = 2000;

type ProposalJson = { status: string; title: string; labels: string[] };

function tracker(url: string) {
  return {
    proposal: async () => (await (await fetch(`${url}/api/v1/proposals/${MSC}`)).json()) as ProposalJson,
    home: async () => (await fetch(`${url}/`)).text(),
    deliver: async ({ headers, body }: { headers: Headers; body: string }) => {
      const response = await fetch(`${url}/api/webhooks/github`, { method: "POST", headers, body });
      const reply = (await response.json()) as { message: string };
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${reply.message}`);
    },
  };
}
type Tracker = ReturnType<typeof tracker>;

/** Plain reads without any webhook: how much of a visible time is just rendering. */
async function measureBaseline(app: Tracker) {
  const api: number[] = [];
  const page: number[] = [];
  for (let i = 0; i < BASELINE_REQUESTS; i++) {
    api.push(await timeIt(app.proposal));
    page.push(await timeIt(app.home));
  }
  return { api, page };
}

async function measureRounds(app: Tracker, title: string, baseLabels: string[]) {
  const times = { responded: [] as number[], api: [] as number[], page: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const adding = round % 2 === 0;
    const expected = adding ? "proposed-fcp" : "in-review";
    const delivery = labelDelivery({ adding, title, baseLabels, secret: SECRET });
    const start = performance.now();
    await app.deliver(delivery);
    times.responded.push(performance.now() - start);
    // Both observers poll at once, as a reader of the API and one of the page would.
    const [apiAt, pageAt] = await Promise.all([
      pollUntil(async () => (await app.proposal()).status === expected),
      pollUntil(async () => homePageListsInFcp(await app.home()) === adding),
    ]);
    times.api.push(apiAt - start);
    times.page.push(pageAt - start);
  }
  return times;
}

const row = (label: string, values: number[]) =>
  console.log(`  ${label.padEnd(30)}${formatSummary(summarize(values))}`);

const scale = parseArgs({ options: { scale: { type: "string" } } }).values.scale;
if (scale !== undefined && !/^[1-9]\d*$/.test(scale)) throw new Error("--scale must be a number of MSCs");

console.log("Webhook-to-visible benchmark: real server (scripts/start.ts), fresh embedded database.");
const fake: FakeGitHub | null = scale ? await startFakeGitHub({ scale: Number(scale) }) : null;
const github: Record<string, string> = fake ? { GITHUB_API_URL: fake.url, GITHUB_TOKEN: "bench-token" } : {};
const server = await startAppServer({ GITHUB_WEBHOOK_SECRET: SECRET, ...github });
let passed = false;
try {
  if (fake) {
    const started = performance.now();
    const synced = await syncThroughServer(server);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Synced from the fake GitHub at --scale ${scale}: ${synced.added} MSCs added, ${seconds} s.`);
  }
  const app = tracker(server.url);
  // Warm-up: Next loads each route's code on its first request; that is start-up, not processing.
  const initial = await app.proposal();
  const homeBytes = (await app.home()).length;
  await app.deliver(signedDelivery("ping", { zen: "Keep it logically awesome." }, SECRET));
  console.log(`MSC${MSC} at start: status ${initial.status}, labels [${initial.labels.join(", ")}]`);

  const baseline = await measureBaseline(app);
  const baseLabels = initial.labels.filter((name) => name !== FCP_LABEL);
  const rounds = await measureRounds(app, initial.title, baseLabels);

  console.log(`\nBaseline, no webhook (${BASELINE_REQUESTS} sequential requests each, after warm-up):`);
  row(`GET /api/v1/proposals/${MSC}`, baseline.api);
  row(`GET / (${(homeBytes / 1024).toFixed(0)} KiB of HTML)`, baseline.page);
  console.log(`\n${ROUNDS} rounds, alternately adding and removing "${FCP_LABEL}" (polling every 10 ms):`);
  row("webhook POST response", rounds.responded);
  row("visible in the API", rounds.api);
  row("visible on the home page", rounds.page);
  console.log("  (from the start of the POST; API and page polled at once, so each waits on the other)");
  const checks = [
    { name: "API-visible", max: Math.max(...rounds.api) },
    { name: "page-visible", max: Math.max(...rounds.page) },
  ];
  for (const { name, max } of checks) {
    const verdict = max <= TARGET_MS ? "PASS" : "FAIL";
    console.log(`  ${verdict}  ${name} max ${ms(max)} (target <= ${ms(TARGET_MS)}, judged on the max)`);
  }
  passed = checks.every((check) => check.max <= TARGET_MS);
} finally {
  await server.stop();
  await fake?.close();
}
console.log(passed ? "\nRESULT: PASS" : "\nRESULT: FAIL");
process.exit(passed ? 0 : 1);
