import "server-only";
import { z } from "zod";
import { userIdOf } from "@/lib/auth/user-id";
import type { ActionDefinition } from "@/lib/auth/run-action";
import { hashFeedToken, newFeedToken } from "./feed-token";

// The reader's own /me/feed state: how far they have read, and their private feed link.
// Each records an event of what was asked; the token never enters one.

export const markReadInput = z.object({
  /** The newest event id the page showed: what was read, not whatever arrived since. */
  upTo: z.string().regex(/^\d{1,18}$/, "must be an event id"),
});

export const markReadDefinition: ActionDefinition<typeof markReadInput, { readUpTo: string }> = {
  action: "mark your feed as read",
  role: "contributor",
  input: markReadInput,
  handler: async ({ input, viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const now = new Date();
    const existing = await tx.meFeedState.findUnique({ where: { userId }, select: { readUpToEventId: true } });
    // A page left open in an older tab never moves the mark backwards.
    const upTo = BigInt(input.upTo);
    const readUpTo =
      existing?.readUpToEventId != null && existing.readUpToEventId > upTo ? existing.readUpToEventId : upTo;
    await tx.meFeedState.upsert({
      where: { userId },
      create: { userId, readUpToEventId: readUpTo, readAt: now },
      update: { readUpToEventId: readUpTo, readAt: now },
    });
    return {
      data: { readUpTo: String(readUpTo) },
      events: [{ kind: "me-feed.read", data: { upTo: String(readUpTo) } }],
    };
  },
};

const noInput = z.object({});

/** Creates the private feed link, or replaces it: the old link stops working at once. */
export const createFeedLinkDefinition: ActionDefinition<typeof noInput, { token: string; replaced: boolean }> = {
  action: "create a feed link",
  role: "contributor",
  input: noInput,
  handler: async ({ viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const token = newFeedToken();
    const existing = await tx.meFeedState.findUnique({ where: { userId }, select: { tokenHash: true } });
    const link = { tokenHash: hashFeedToken(token), tokenCreatedAt: new Date() };
    await tx.meFeedState.upsert({ where: { userId }, create: { userId, ...link }, update: link });
    const replaced = Boolean(existing?.tokenHash);
    return { data: { token, replaced }, events: [{ kind: "me-feed.link-created", data: { replaced } }] };
  },
};

export const revokeFeedLinkDefinition: ActionDefinition<typeof noInput, { revoked: boolean }> = {
  action: "revoke a feed link",
  role: "contributor",
  input: noInput,
  handler: async ({ viewer, tx }) => {
    const userId = await userIdOf(tx, viewer);
    const { count } = await tx.meFeedState.updateMany({
      where: { userId, tokenHash: { not: null } },
      data: { tokenHash: null, tokenCreatedAt: null },
    });
    return {
      data: { revoked: count === 1 },
      events: [{ kind: "me-feed.link-revoked", data: { revoked: count === 1 } }],
    };
  },
};
