import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { refreshReaderFollows } from "@/lib/saved-searches/refresh-reader-follows";
import { hashFeedToken, isFeedTokenShape } from "./feed-token";
import { loadMeFeed, type MeFeedPage } from "./load-me-feed";

/** The feed behind a private link, or null for a token that is malformed, wrong or revoked. */
export async function loadPrivateFeed(db: PrismaClient, token: string, now: Date): Promise<MeFeedPage | null> {
  if (!isFeedTokenShape(token)) return null;
  const state = await db.meFeedState.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { userId: true },
  });
  if (!state) return null;
  await refreshReaderFollows(db, state.userId, now);
  return loadMeFeed(db, state.userId, { now });
}

/** When the reader's private feed link was made, or null when they have none. */
export async function loadFeedLinkCreatedAt(db: PrismaClient, userId: string): Promise<Date | null> {
  const state = await db.meFeedState.findUnique({
    where: { userId },
    select: { tokenCreatedAt: true, tokenHash: true },
  });
  return state?.tokenHash ? state.tokenCreatedAt : null;
}
