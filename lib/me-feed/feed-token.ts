import { createHash, randomBytes } from "node:crypto";

// The private feed link's secret: 256 random bits, base64url (43 characters). Only its
// SHA-256 is stored, so a copy of the database does not hand out anyone's feed.

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a URL segment could be a token at all; anything else is a 404 without a query. */
export function isFeedTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

export function privateFeedPath(token: string): string {
  return `/feeds/me/${token}.atom`;
}
