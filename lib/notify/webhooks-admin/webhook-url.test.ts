import { describe, expect, it } from "vitest";
import { displayWebhookUrl, webhookUrlProblem } from "./webhook-url";

describe("webhookUrlProblem", () => {
  it("accepts http and https URLs", () => {
    expect(webhookUrlProblem("https://hooks.example.org/msc?token=abc")).toBeNull();
    expect(webhookUrlProblem("http://10.0.0.5:8080/in")).toBeNull();
  });

  it("refuses other schemes, non-URLs and overlong URLs, saying why", () => {
    expect(webhookUrlProblem("ftp://example.org/")).toBe("the URL must start with http:// or https://");
    expect(webhookUrlProblem("javascript:alert(1)")).toBe("the URL must start with http:// or https://");
    expect(webhookUrlProblem("example.org/hook")).toMatch(/^that is not a URL/);
    expect(webhookUrlProblem(`https://example.org/${"a".repeat(2000)}`)).toMatch(/under 2000 characters/);
  });
});

describe("displayWebhookUrl", () => {
  it("drops credentials, query and fragment", () => {
    expect(displayWebhookUrl("https://user:pw@hooks.example.org:8443/a/b?token=s3cret#x")).toBe(
      "https://hooks.example.org:8443/a/b",
    );
  });
});
