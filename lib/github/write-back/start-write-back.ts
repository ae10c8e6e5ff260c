import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { dataGeneration } from "@/lib/cache/data-generation";
import type { PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { fcpRulesFromEnv } from "@/lib/fcp/fcp-rules";
import { createGitHubClient } from "../create-github-client";
import { dryRunIssuePort, octokitIssuePort } from "./github-issue-port";
import { runWriteBackPass, type WriteBackOptions } from "./run-write-back-pass";
import { runPeriodically } from "@/lib/server/run-periodically";

const CHECK_MS = 2_000;
const IDLE_PASS_MS = 30_000;

/** The worker's settings from lib/env.ts, or null when write-back is off. */
export function writeBackOptionsFromEnv(prisma: PrismaClient): WriteBackOptions | null {
  const settings = env();
  if (settings.GITHUB_WRITE_BACK === "off") return null;
  const dryRun = settings.GITHUB_WRITE_BACK === "dry-run";
  // No waiting out rate limits inside a pass: the round's back-off does that.
  const { client } = createGitHubClient({
    baseUrl: settings.GITHUB_API_URL,
    token: settings.GITHUB_TOKEN,
    timeoutMs: settings.GITHUB_TIMEOUT_MS,
    maxRateLimitWaitSeconds: 0,
  });
  const [owner = "", name = ""] = settings.GITHUB_REPO.split("/");
  const repo = { owner, name };
  const log = (line: string) => console.log(line);
  const reads = octokitIssuePort(client, repo);
  const publicUrl = settings.NEXTAUTH_URL?.replace(/\/+$/, "");
  return {
    prisma,
    port: dryRun ? dryRunIssuePort(reads, repo, log) : reads,
    repo,
    webUrl: settings.GITHUB_WEB_URL,
    rules: fcpRulesFromEnv(),
    trackerUrl: (n) => (publicUrl ? `${publicUrl}/proposals/${n}` : null),
    instance: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    dryRun,
    log,
  };
}

/**
 * Runs write-back while the server runs (GITHUB_WRITE_BACK). A pass runs soon after
 * this process changes data (a vote, a sync) and every 30 s anyway, for retries and for
 * changes made by other instances. Passes never overlap. Returns a stop function.
 */
export function startWriteBack(prisma: PrismaClient): () => void {
  const options = writeBackOptionsFromEnv(prisma);
  if (!options) return () => {};
  console.log(
    options.dryRun
      ? `GitHub write-back is a dry run: it logs what it would write to ${options.repo.owner}/${options.repo.name}`
      : `GitHub write-back is on: app-run FCPs are written to ${options.repo.owner}/${options.repo.name}`,
  );
  let seenGeneration = -1;
  let lastPass = 0;
  const pass = async () => {
    const generation = dataGeneration();
    if (generation === seenGeneration && Date.now() - lastPass < IDLE_PASS_MS) return;
    seenGeneration = generation;
    lastPass = Date.now();
    try {
      await runWriteBackPass(options);
    } catch (error) {
      // The database is down or the pass's own bookkeeping failed: say so once per pass.
      console.error(`GitHub write-back pass failed: ${(error as Error).message.split("\n", 1)[0]}`);
    }
  };
  return runPeriodically(pass, { firstDelayMs: CHECK_MS, everyMs: CHECK_MS });
}
