import { describe, expect, it } from "vitest";
import { describeWriteFailure } from "./describe-write-failure";

const NOW = new Date("2026-03-01T12:00:00Z");
const request = { method: "POST", url: "https://api.github.com/repos/o/r/issues/5/comments" };
const failure = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, request, response: { headers } });

describe("describeWriteFailure", () => {
  it("says what GitHub answered, on which request, in one line, doubling the wait up to an hour", () => {
    const first = describeWriteFailure(failure(502, "Bad Gateway - https://docs.github.com/rest\nmore"), 1, NOW);
    expect(first.message).toBe(
      "GitHub answered 502 (Bad Gateway) on POST /repos/o/r/issues/5/comments; retrying at 2026-03-01T12:00:30.000Z",
    );
    expect(describeWriteFailure(failure(500, "x"), 3, NOW).retryAt.toISOString()).toBe("2026-03-01T12:02:00.000Z");
    expect(describeWriteFailure(failure(500, "x"), 30, NOW).retryAt.toISOString()).toBe("2026-03-01T13:00:00.000Z");
  });

  it("waits for a rate limit as long as GitHub asks", () => {
    const secondary = describeWriteFailure(
      failure(403, "You have exceeded a secondary rate limit.", { "retry-after": "120" }),
      1,
      NOW,
    );
    expect(secondary.message).toMatch(/^GitHub's secondary rate limit on POST/);
    expect(secondary.retryAt.toISOString()).toBe("2026-03-01T12:02:00.000Z");
    const reset = String(NOW.getTime() / 1000 + 900);
    const primary = describeWriteFailure(
      failure(403, "API rate limit exceeded", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }),
      1,
      NOW,
    );
    expect(primary.message).toMatch(/^GitHub's rate limit/);
    expect(primary.retryAt.toISOString()).toBe("2026-03-01T12:15:00.000Z");
  });

  it("tells a missing permission and a missing issue apart from an outage", () => {
    expect(
      describeWriteFailure(failure(403, "Resource not accessible by personal access token"), 1, NOW).message,
    ).toMatch(
      /^GitHub refused \(403: Resource not accessible by personal access token\); the token needs write access/,
    );
    expect(describeWriteFailure(failure(404, "Not Found"), 1, NOW).message).toMatch(/^GitHub answered 404: the issue/);
    expect(describeWriteFailure(new Error("connect ECONNREFUSED 127.0.0.1:1"), 1, NOW).message).toMatch(
      /^connect ECONNREFUSED 127\.0\.0\.1:1; retrying at/,
    );
  });
});
