import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import { readCursor, writeCursor } from "./cursor";
import { requestList } from "./request-list";

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
    const params = { ...repo, per_page: 100, page, headers };
    const result = await requestList<RepoLabel>(client, "GET /repos/{owner}/{repo}/labels", params);
    if (!result) return 0; // 304: the label list has not changed
    if (page === 1) etag = result.etag;
    labels.push(...result.items);
    if (result.items.length < 100) break;
  }
  await prisma.$transaction(async (tx) => {
    for (const label of labels) {
      const data = { githubId: BigInt(label.id), color: label.color ?? null, description: label.description ?? null };
      await tx.label.upsert({ where: { name: label.name }, create: { name: label.name, ...data }, update: data });
    }
    await writeCursor(tx, ENDPOINT, { since: null, etag });
  });
  markDataChanged();
  return labels.length;
}
