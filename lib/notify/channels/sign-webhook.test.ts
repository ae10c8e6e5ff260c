import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "./sign-webhook";

describe("webhook signatures", () => {
  it("is GitHub's scheme: GitHub's documented example signs to the documented value", () => {
    // docs.github.com "Validating webhook deliveries", section "Testing the webhook payload validation".
    expect(signWebhookBody("It's a Secret to Everybody", "Hello, World!")).toBe(
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    );
  });

  it("verifies only the exact body with the right secret", () => {
    const body = '{"event":"status.changed"}';
    const signature = signWebhookBody("s3cret", body);
    expect(verifyWebhookSignature("s3cret", body, signature)).toBe(true);
    expect(verifyWebhookSignature("other", body, signature)).toBe(false);
    expect(verifyWebhookSignature("s3cret", `${body} `, signature)).toBe(false);
    expect(verifyWebhookSignature("s3cret", body, undefined)).toBe(false);
  });
});
