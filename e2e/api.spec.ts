import { expect, test } from "@playwright/test";

// The JSON API over HTTP, as a script or another site would call it.
test.describe("JSON API", () => {
  test("lists proposals with filters and pages", async ({ request }) => {
    const response = await request.get("/api/v1/proposals?status=merged&per_page=5&page=2");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ page: 2, per_page: 5, total: expect.any(Number) });
    expect(body.total).toBeGreaterThan(200);
    expect(body.proposals).toHaveLength(5);
    for (const proposal of body.proposals) expect(proposal).toMatchObject({ status: "merged", state: "merged" });
  });

  test("returns one proposal with its FCP rounds and timeline", async ({ request }) => {
    const response = await request.get("/api/v1/proposals/4543");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ number: 4543, status: "in-review", state: "open", labels: [] });
    // The bundled snapshot carries no FCP rounds: the detail says so rather than omitting them.
    expect(body).toMatchObject({ fcp: null, fcp_history: [], events: expect.any(Array) });
    expect(body).toHaveProperty("rendered_url");
    expect(body).toHaveProperty("body");
  });

  test("answers bad input and unknown numbers with JSON errors", async ({ request }) => {
    const bad = await request.get("/api/v1/proposals?per_page=5000");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ message: "per_page must be a whole number from 1 to 1000." });

    const unknown = await request.get("/api/v1/proposals/99999");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ message: "MSC99999 is not known to the tracker." });

    const notANumber = await request.get("/api/v1/proposals/abc");
    expect(notANumber.status()).toBe(400);
  });
});
