import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { receiveWebhook } from "@/lib/github/webhooks/receive-webhook";
import { getProposal } from "@/lib/proposals/get-proposal";
import { loadSnapshotIfEmpty } from "@/lib/proposals/load-snapshot";
import { loadFixtureDataset } from "@/test/fake-github/dataset/load-fixtures";
import { startFakeGitHub } from "@/test/fake-github/start-fake-github";
import { syncWithFake } from "@/test/support/sync-harness";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { signedDelivery, webhookExample } from "@/test/support/webhook-examples";
import { withResponseCache } from "./response-cache";

// Writes made the real way (a signed webhook delivery, a sync from the fake GitHub) show
// through the response cache on the next request. The cache keeps answers for a minute
// here, so only the data generation those writes move can explain a fresh answer.

const SECRET = "cache-test-secret";
const MSC = 4543;

/** The recorded data cut down to two MSCs: a full sync of it takes a second, not a minute. */
function twoMscs() {
  const dataset = loadFixtureDataset();
  const keep = new Set([MSC, 4531]);
  return {
    ...dataset,
    issues: dataset.issues.filter((issue) => keep.has(issue.number)),
    comments: dataset.comments.filter((comment) => keep.has(Number(comment.issue_url.split("/").at(-1)))),
    events: dataset.events.filter((event) => keep.has(event.issue_number)),
  };
}

describe.each(DATABASE_KINDS)("the response cache over the %s database", (kind) => {
  let db: DatabaseHandle;
  let server: Server;
  let url: string;

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    // Stands in for Next's route handler: the JSON API's data function, as JSON.
    const handler = async (req: IncomingMessage, res: ServerResponse) => {
      const number = Number(req.url?.split("/").at(-1));
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(await getProposal(number, db.prisma)));
    };
    const cached = withResponseCache(handler, { ttlSeconds: 60 });
    server = createServer((req, res) => void cached(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  const read = async (number: number) => {
    const response = await fetch(`${url}/api/v1/proposals/${number}`);
    const body = (await response.json()) as { status: string; title: string } | null;
    return { cache: response.headers.get("x-cache"), body };
  };

  it("shows a webhook delivery on the next request", async () => {
    await loadSnapshotIfEmpty(db.prisma);
    expect(await read(MSC)).toMatchObject({ cache: "miss", body: { status: "in-review" } });
    expect(await read(MSC)).toMatchObject({ cache: "hit", body: { status: "in-review" } });

    const payload = webhookExample("issues", "labeled");
    Object.assign(payload.issue as object, {
      number: MSC,
      title: "MSC4543: Sliding Sync Extensions: End-to-end encryption",
      state: "open",
      labels: ["proposal", "kind:feature", "proposed-final-comment-period"].map((name) => ({ name })),
      updated_at: "2026-11-20T10:00:00Z",
      pull_request: { merged_at: null },
    });
    payload.label = { ...(payload.label as object), name: "proposed-final-comment-period" };
    const delivery = signedDelivery("issues", payload, SECRET);
    const result = await receiveWebhook(delivery.headers, delivery.body, {
      prisma: db.prisma,
      secret: SECRET,
      team: "matrix-org/spec-core-team",
    });
    expect(result.status).toBe(200);

    expect(await read(MSC)).toMatchObject({ cache: "miss", body: { status: "proposed-fcp" } });
  });

  it("shows what a sync stored on the next request", async () => {
    const fake = await startFakeGitHub({ dataset: twoMscs() });
    try {
      await syncWithFake(db.prisma, fake);
      const before = await read(MSC);
      expect(await read(MSC)).toMatchObject({ cache: "hit", body: before.body });

      fake.state.advance(60);
      fake.state.editIssue(MSC, { title: "MSC4543: renamed" });
      await syncWithFake(db.prisma, fake);
      expect(await read(MSC)).toMatchObject({ cache: "miss", body: { title: "MSC4543: renamed" } });
    } finally {
      await fake.close();
    }
  });
});
