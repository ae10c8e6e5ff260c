// GitHub keeps a thread's comment count on the issue object itself (`comments`, review
// comments excluded), in listings and webhook payloads alike. The tracker stores that
// number instead of the comments (it keeps only mscbot's, store-comments.ts), and an
// increase is what /me/feed and "every change" notifications report as new comments.

export const COMMENTS_ADDED = "comments.added" as const;

export type CommentCountChange = { from: number; to: number };

/** The copy's own count, or null when it carries none a count could be (absent, negative, fractional). */
export function readCommentCount(issue: { comments?: unknown }): number | null {
  const value = issue.comments;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

/** What to store: a copy without a count keeps the stored one. */
export function nextCommentCount(stored: number | null, incoming: number | null): number | null {
  return incoming ?? stored;
}

/**
 * An increase from a known count. First sight (nothing stored: the snapshot, a new MSC)
 * is history, not news; a decrease means comments were deleted, which nobody follows.
 */
export function commentsAdded(stored: number | null, incoming: number | null): CommentCountChange | null {
  if (stored === null || incoming === null || incoming <= stored) return null;
  return { from: stored, to: incoming };
}

/**
 * The event recording one increase, dated when GitHub last updated the issue, or null.
 * The dedupe key holds that time: keyed on the new total alone, a comment deleted and
 * another posted (10 -> 9 -> 10) would collide with the first increase to 10 and go
 * unreported. Two writers racing with one copy (a webhook and a sync page) share a key.
 */
export function commentsAddedEvent(
  proposalNumber: number,
  stored: number | null,
  incoming: number | null,
  updatedAt: Date,
  source: "sync" | "webhook",
) {
  const change = commentsAdded(stored, incoming);
  if (!change) return null;
  return {
    proposalNumber,
    kind: COMMENTS_ADDED,
    at: updatedAt,
    source,
    data: change,
    dedupeKey: `comments:${proposalNumber}:${updatedAt.toISOString()}:${change.to}`,
  };
}
