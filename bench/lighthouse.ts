// `npm run bench:lighthouse [-- --scale 4500|snapshot] [--urls /proposals,/proposals/4543,/]
//   [--index /proposals] [--presets mobile,desktop]`
// Lighthouse 12 on the real server (scripts/start.ts) in the installed Chromium: the
// performance and accessibility scores of each page, and the JavaScript the index page
// loads (transfer size, i.e. compressed as sent, from Lighthouse's network records).
// Targets (public-site issue): performance >= 95, accessibility 100, index JS <= 100 KB.
// A page that does not answer 200 is reported and skipped. Exits 1 if a target fails.
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { startAppServer } from "./support/app-server";
import { prepareSiteData } from "./support/site-data";

const TARGET_PERFORMANCE = 95;
const TARGET_ACCESSIBILITY = 100;
const TARGET_INDEX_JS_KB = 100;
const APP_PORT = "3262";
const CHROMIUM = "/usr/bin/chromium";
// As playwright.config.ts: without these Chromium's background connections fail noisily here.
const CHROME_FLAGS = [
  "--headless=new",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "4500" },
    urls: { type: "string", default: "/proposals,/proposals/4543,/" },
    index: { type: "string", default: "/proposals" },
    presets: { type: "string", default: "mobile,desktop" },
  },
});
const scale = values.scale === "snapshot" ? null : Number(values.scale);
if (scale !== null && !(scale > 0)) throw new Error("--scale is a number of MSCs or snapshot");
const urls = values.urls.split(",");
const presets = values.presets.split(",") as ("mobile" | "desktop")[];

type Audit = { url: string; preset: string; performance: number; accessibility: number; scriptKb: number };

async function audit(port: number, url: string, preset: "mobile" | "desktop"): Promise<Audit> {
  const flags = { port, output: "json" as const, logLevel: "error" as const };
  const onlyCategories = ["performance", "accessibility"];
  const config =
    preset === "desktop"
      ? { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories } }
      : { extends: "lighthouse:default", settings: { onlyCategories } };
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
  const scriptBytes = requests
    .filter((item) => item.resourceType === "Script")
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    url,
    preset,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    scriptKb: scriptBytes / 1000,
  };
}
type NetworkItem = { url: string; resourceType?: string; transferSize?: number };

const data = await prepareSiteData("embedded", scale);
console.log(`Lighthouse benchmark: ${data.description}, response cache on (default settings).`);
const app = await startAppServer({ ...data.env, PORT: APP_PORT }, data);
const results: Audit[] = [];
let passed = true;
try {
  const served: string[] = [];
  for (const url of urls) {
    const status = (await fetch(`${app.url}${url}`)).status; // also Next's first load of the route
    if (status === 200) served.push(url);
    else console.log(`  skipped ${url}: it answers ${status}`);
  }
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    for (const url of served)
      for (const preset of presets) results.push(await audit(chrome.port, `${app.url}${url}`, preset));
  } finally {
    chrome.kill();
  }
  const indexUrl = served.includes(values.index) ? values.index : served[0];
  if (indexUrl !== values.index)
    console.log(`  ${values.index} is not served: the index figure is taken from ${indexUrl}`);

  console.log(
    `\n  ${"page".padEnd(20)}${"preset".padEnd(9)}${"perf".padStart(6)}${"a11y".padStart(6)}${"JS (transfer)".padStart(15)}`,
  );
  for (const r of results) {
    const path = new URL(r.url).pathname;
    const ok = r.performance >= TARGET_PERFORMANCE && r.accessibility >= TARGET_ACCESSIBILITY;
    console.log(
      `  ${path.padEnd(20)}${r.preset.padEnd(9)}${String(r.performance).padStart(6)}${String(r.accessibility).padStart(6)}` +
        `${`${r.scriptKb.toFixed(1)} KB`.padStart(15)}  ${ok ? "PASS" : "FAIL"}`,
    );
    passed &&= ok;
  }
  const index = results.find((r) => new URL(r.url).pathname === indexUrl && r.preset === presets[0]);
  if (index) {
    const ok = index.scriptKb <= TARGET_INDEX_JS_KB;
    console.log(
      `\n  ${ok ? "PASS" : "FAIL"}  JavaScript loaded by ${indexUrl}: ${index.scriptKb.toFixed(1)} KB transferred ` +
        `(gzip, headers included; target <= ${TARGET_INDEX_JS_KB} KB)`,
    );
    passed &&= ok;
  }
  console.log(`  targets: performance >= ${TARGET_PERFORMANCE}, accessibility ${TARGET_ACCESSIBILITY}`);
} finally {
  await app.stop();
  await data.dispose();
}
console.log(passed ? "\nRESULT: PASS" : "\nRESULT: FAIL");
process.exit(passed ? 0 : 1);
