import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashFeedToken, isFeedTokenShape } from "./feed-token";
import { loadMeFeed, type MeFeedPage } from "./load-me-feed";

/** The feed behind a private link, or null for a token that is malformed, wrong or revoked. */
export async function loadPrivateFeed(db: PrismaClient, token: string, now: Date): Promise<MeFeedPage | null> {
  if (!isFeedTokenShape(token)) return null;
  const state = await db.meFeedState.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { userId: true },
  });
  return state ? loadMeFeed(db, state.userId, { now }) : null;
}
