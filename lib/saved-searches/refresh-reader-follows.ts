import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { applySavedSearches } from "./apply-saved-searches";

/**
 * Follows what one reader's saved searches newly match, before their feed is read, so
 * the feed does not wait for the next notification pass. A failure is logged and the
 * feed is shown as it stands: following late is better than no feed.
 */
export async function refreshReaderFollows(prisma: PrismaClient, userId: string, now: Date): Promise<void> {
  try {
    await applySavedSearches(prisma, { userId, now });
  } catch (error) {
    console.error("saved searches: could not apply before loading a feed:", error);
  }
}
