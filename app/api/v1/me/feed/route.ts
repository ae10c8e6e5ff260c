import { getViewer } from "@/lib/auth/get-viewer";
import { getPrisma } from "@/lib/db/client";
import { decodeCursor, loadMeFeed, loadReadMark } from "@/lib/me-feed/load-me-feed";
import { findUserId } from "@/lib/auth/user-id";
import { loadFeedLinkCreatedAt } from "@/lib/me-feed/load-private-feed";
import { refreshReaderFollows } from "@/lib/saved-searches/refresh-reader-follows";

const PRIVATE = { "cache-control": "private, no-store" };

/** GET /api/v1/me/feed?after={cursor}: the signed-in reader's feed, read mark and link state, as JSON. */
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  const refuse = (status: number, message: string) =>
    Response.json({ ok: false, status, message }, { status, headers: PRIVATE });
  if (viewer.login === null) return refuse(401, "Sign in to read your feed.");
  const prisma = await getPrisma();
  const userId = await findUserId(prisma, viewer.login);
  if (!userId) return refuse(403, "Your sign-in is not on record here: sign out and sign in again.");
  const cursor = decodeCursor(new URL(request.url).searchParams.get("after"));
  const now = new Date();
  await refreshReaderFollows(prisma, userId, now);
  const [page, read, linkCreatedAt] = await Promise.all([
    loadMeFeed(prisma, userId, { cursor, now }),
    loadReadMark(prisma, userId),
    loadFeedLinkCreatedAt(prisma, userId),
  ]);
  const data = {
    readAt: read.readAt?.toISOString() ?? null,
    readUpToEventId: read.readUpToEventId?.toString() ?? null,
    feedLinkCreatedAt: linkCreatedAt?.toISOString() ?? null,
    newestEventId: page.newestEventId?.toString() ?? null,
    next: page.next,
    entries: page.entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
  };
  return Response.json({ ok: true, data }, { headers: PRIVATE });
}
