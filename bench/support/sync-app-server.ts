import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { AppServer } from "./app-server";

// Runs one GitHub sync inside a running server the way `npm run sync` does when the
// server holds the embedded database: through /api/internal/sync with the secret the
// server writes into its data folder (lib/server/local-control.ts).

async function readControlToken(dataDir: string): Promise<string> {
  // The server writes the file just after printing its banner: allow it a moment.
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return (JSON.parse(readFileSync(path.join(dataDir, "server.json"), "utf8")) as { token: string }).token;
    } catch {
      await sleep(100);
    }
  }
  throw new Error("the server published no local control file");
}

export async function syncThroughServer(server: AppServer): Promise<{ requests: number; added: number }> {
  const token = await readControlToken(server.dataDir);
  const response = await fetch(`${server.url}/api/internal/sync`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ full: false }),
  });
  // One JSON object per line; the last one carries the summary.
  const last = (await response.text()).trim().split("\n").at(-1) ?? "{}";
  const { summary } = JSON.parse(last) as {
    summary?: { outcome: string; error: string | null } & Record<string, number>;
  };
  if (summary?.outcome !== "succeeded") throw new Error(`the sync in the server failed: ${summary?.error ?? last}`);
  return { requests: summary.requests ?? 0, added: summary.added ?? 0 };
}
