import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { createGitHubClient } from "../create-github-client";
import { runSync, type SyncProgress, type SyncSummary } from "./run-sync";

/** Runs one sync with the configured repository, team, API URL and token. */
export function syncFromEnv(
  prisma: PrismaClient,
  options: { full?: boolean; onProgress?: (progress: SyncProgress) => void } = {},
): Promise<SyncSummary> {
  const settings = env();
  const { client, stats } = createGitHubClient({
    baseUrl: settings.GITHUB_API_URL,
    token: settings.GITHUB_TOKEN,
    timeoutMs: settings.GITHUB_TIMEOUT_MS,
  });
  return runSync({ prisma, client, stats, repo: settings.GITHUB_REPO, team: settings.SCT_TEAM, ...options });
}

/** Said before a sync without a token: what the anonymous limit allows and what to do. */
export const NO_TOKEN_WARNING =
  "No GITHUB_TOKEN: GitHub allows 60 requests an hour without one, enough only for part of a full sync " +
  "(it stops at the limit and resumes next time). Set GITHUB_TOKEN to any personal access token (no scopes needed) for 5,000.";
