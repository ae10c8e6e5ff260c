import { createHmac, timingSafeEqual } from "node:crypto";

// Outbound webhooks are signed as GitHub signs its own: HMAC-SHA256 of the exact body
// bytes with the registration's secret, hex, prefixed "sha256=". A receiver verifies it
// against the raw body before parsing, as GitHub's documentation describes.

export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** Constant-time check of a signature header against a body (used by receivers and tests). */
export function verifyWebhookSignature(secret: string, body: string, header: string | null | undefined): boolean {
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
