// `npm run sync [-- --full]`: one GitHub sync with a progress bar and a summary. Works
// whether or not the server runs: when the server holds the embedded database, the
// sync runs inside it and this command shows its progress.
import { SingleBar, Presets } from "cli-progress";
import { getDatabase } from "../lib/db/client";
import { DatabaseUnavailableError } from "../lib/db/errors";
import { env, EnvError } from "../lib/env";
import { formatSyncSummary } from "../lib/github/sync/format-sync-summary";
import type { SyncProgress, SyncSummary } from "../lib/github/sync/run-sync";
import { NO_TOKEN_WARNING, syncFromEnv } from "../lib/github/sync/sync-from-env";
import { readLocalControl } from "../lib/server/local-control";

const full = process.argv.includes("--full");
const bar = new SingleBar(
  { format: "{phase} {bar} {value}/{total} items", hideCursor: true, clearOnComplete: true },
  Presets.shades_classic,
);
let phase: string | null = null;
// One bar per phase; its total is GitHub's page count x 100 until the real count is known.
function showProgress(progress: SyncProgress) {
  if (!process.stdout.isTTY) return;
  const total = Math.max(progress.total ?? progress.items, 1);
  if (progress.phase !== phase) {
    if (phase) bar.stop();
    phase = progress.phase;
    bar.start(total, progress.items, { phase: progress.phase.padEnd(8) });
  }
  bar.setTotal(total);
  bar.update(progress.items);
}

async function syncThroughServer(): Promise<SyncSummary> {
  const control = readLocalControl(env().DATA_DIR);
  if (!control)
    throw new DatabaseUnavailableError("The embedded database is in use and no running tracker server answers for it.");
  const response = await fetch(`http://127.0.0.1:${control.port}/api/internal/sync`, {
    method: "POST",
    headers: { authorization: `Bearer ${control.token}`, "content-type": "application/json" },
    body: JSON.stringify({ full }),
  });
  if (!response.ok || !response.body) throw new Error(`The tracker server refused the sync (${response.status}).`);
  let summary: SyncSummary | null = null;
  let buffered = "";
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffered += read.value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { progress?: SyncProgress; summary?: SyncSummary };
      if (message.progress) showProgress(message.progress);
      if (message.summary)
        summary = {
          ...message.summary,
          rateLimitResetAt: message.summary.rateLimitResetAt && new Date(message.summary.rateLimitResetAt),
        };
    }
  }
  if (!summary) throw new Error("The tracker server ended the sync without a summary.");
  return summary;
}

async function main() {
  const settings = env();
  if (!settings.GITHUB_TOKEN) console.warn(NO_TOKEN_WARNING);
  let summary: SyncSummary;
  try {
    const db = await getDatabase();
    summary = await syncFromEnv(db.prisma, { full, onProgress: showProgress });
    await db.close();
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError) || settings.DATABASE_URL) throw error;
    console.log("The tracker server holds the embedded database: syncing through it.");
    summary = await syncThroughServer();
  }
  bar.stop();
  console.log(formatSyncSummary(summary));
  process.exit(summary.outcome === "succeeded" ? 0 : 1);
}

main().catch((error: unknown) => {
  bar.stop();
  if (error instanceof EnvError || error instanceof DatabaseUnavailableError) {
    console.error(`msc-tracker: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
