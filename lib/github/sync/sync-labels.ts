import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import { readCursor, writeCursor } from "./cursor";

const ENDPOINT = "labels";

type RepoLabel = { id: number; name: string; color?: string | null; description?: string | null };

/**
 * The repository's label list: the vocabulary of areas and kinds is read from here,
 * never hard-coded. The repository has fewer than 100 labels, so one conditional
 * request covers it; more pages are read if that ever changes.
 */
export async function syncLabels(prisma: PrismaClient, client: GitHubClient, repo: { owner: string; repo: string }) {
  const start = await readCursor(prisma, ENDPOINT);
  const labels: RepoLabel[] = [];
  let etag: string | null = null;
  for (let page = 1; ; page++) {
    const headers = page === 1 && start.etag ? { "if-none-match": start.etag } : {};
    try {
      const response = await client.request("GET /repos/{owner}/{repo}/labels", {
        ...repo,
        per_page: 100,
        page,
        headers,
      });
      if (page === 1) etag = response.headers.etag ?? null;
      labels.push(...(response.data as RepoLabel[]));
      if (response.data.length < 100) break;
    } catch (error) {
      if ((error as { status?: number }).status === 304) return 0;
      throw error;
    }
  }
  await prisma.$transaction(async (tx) => {
    for (const label of labels) {
      const data = { githubId: BigInt(label.id), color: label.color ?? null, description: label.description ?? null };
      await tx.label.upsert({ where: { name: label.name }, create: { name: label.name, ...data }, update: data });
    }
    await writeCursor(tx, ENDPOINT, { since: null, etag });
  });
  return labels.length;
}
