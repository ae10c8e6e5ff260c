import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import { loadSnapshotIfEmpty } from "@/lib/proposals/load-snapshot";
import { listProposalSummariesFrom } from "@/lib/proposals/list-proposal-summaries";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { signedDelivery, webhookExample } from "@/test/support/webhook-examples";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { receiveWebhook } from "./receive-webhook";

const SECRET = "test-webhook-secret";
const TEAM = "matrix-org/spec-core-team";

/** A recorded `issues` payload turned into MSC4543 (open, in review in the snapshot). */
function labeledMsc4543(labels: string[], added: string) {
  const payload = webhookExample("issues", "labeled");
  const issue = payload.issue as Record<string, unknown>;
  Object.assign(issue, {
    number: 4543,
    title: "MSC4543: Sliding Sync Extensions: End-to-end encryption",
    state: "open",
    body: "[Rendered](https://github.com/matrix-org/matrix-spec-proposals/blob/x/proposals/4543-e2ee.md)\n\nAuthor: @a-dev",
    labels: labels.map((name) => ({ name })),
    updated_at: "2026-11-20T10:00:00Z",
    pull_request: { merged_at: null },
  });
  payload.label = { ...(payload.label as object), name: added };
  return payload;
}

describe.each(DATABASE_KINDS)("webhooks on the %s database", (kind) => {
  let db: DatabaseHandle;
  const context = () => ({ prisma: db.prisma, secret: SECRET, team: TEAM });
  const deliver = (event: string, payload: Parameters<typeof signedDelivery>[1], delivery?: string) => {
    const signed = signedDelivery(event, payload, SECRET, delivery);
    return receiveWebhook(signed.headers, signed.body, context());
  };
  const snapshotOfDatabase = async () => ({
    proposals: await db.prisma.proposal.findMany({ include: { labels: true }, orderBy: { number: "asc" } }),
    events: await db.prisma.event.count(),
    labelChanges: await db.prisma.labelChange.count(),
    deliveries: await db.prisma.webhookDelivery.count(),
  });

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
    await loadSnapshotIfEmpty(db.prisma);
  });
  afterEach(async () => db.close());

  it("applies a label change once, even when GitHub redelivers it", async () => {
    const payload = labeledMsc4543(
      ["proposal", "kind:feature", "proposed-final-comment-period"],
      "proposed-final-comment-period",
    );
    expect(await deliver("issues", payload, "delivery-1")).toEqual({ status: 200, body: { message: "Processed." } });

    const summary = (await listProposalSummariesFrom(db.prisma)).find((p) => p.number === 4543);
    expect(summary).toMatchObject({ status: "proposed-fcp" });
    const proposal = await db.prisma.proposal.findUniqueOrThrow({ where: { number: 4543 } });
    expect(proposal).toMatchObject({
      source: "webhook",
      authors: ["a-dev"],
      renderedUrl: expect.stringContaining("4543-e2ee.md"),
    });
    const event = await db.prisma.event.findFirstOrThrow({ where: { proposalNumber: 4543, kind: "status.changed" } });
    expect(event.data).toEqual({ from: "in-review", to: "proposed-fcp" });
    expect(await db.prisma.labelChange.count({ where: { proposalNumber: 4543 } })).toBe(1);

    const before = await snapshotOfDatabase();
    const again = await deliver("issues", payload, "delivery-1");
    expect(again).toEqual({ status: 200, body: { message: "Already processed.", duplicate: true } });
    expect(await snapshotOfDatabase()).toEqual(before);
  });

  it("does not take another unique-key clash for a replay: the delivery fails and is not recorded", async () => {
    const first = labeledMsc4543(["proposal"], "proposal");
    expect(await deliver("issues", first, "delivery-a")).toMatchObject({ status: 200 });
    // A second MSC claiming MSC4543's GitHub issue id clashes on proposals.github_id.
    const clash = labeledMsc4543(["proposal"], "proposal");
    Object.assign(clash.issue as object, { number: 4544, title: "MSC4544: Clash" });
    await expect(deliver("issues", clash, "delivery-b")).rejects.toThrow();
    expect(await db.prisma.webhookDelivery.count({ where: { deliveryId: "delivery-b" } })).toBe(0);
  });

  it("rejects a bad signature, malformed JSON and unknown events with a reason and no change", async () => {
    const before = await snapshotOfDatabase();
    const payload = labeledMsc4543(["proposal", "rejected"], "rejected");
    const forged = signedDelivery("issues", payload, "not-the-secret");
    expect(await receiveWebhook(forged.headers, forged.body, context())).toMatchObject({ status: 401 });
    const unsigned = signedDelivery("issues", payload, SECRET);
    unsigned.headers.delete("x-hub-signature-256");
    expect(await receiveWebhook(unsigned.headers, unsigned.body, context())).toMatchObject({ status: 401 });
    expect(await deliver("issues", "{not json")).toMatchObject({
      status: 400,
      body: { message: "The payload is not valid JSON." },
    });
    expect(await deliver("push", webhookExample("issues", "opened"))).toMatchObject({
      status: 400,
      body: { message: 'Event "push" is not handled by the tracker.' },
    });
    expect(await receiveWebhook(new Headers(), "{}", context())).toMatchObject({ status: 400 });
    expect(await receiveWebhook(forged.headers, forged.body, { ...context(), secret: undefined })).toMatchObject({
      status: 503,
    });
    expect(await snapshotOfDatabase()).toEqual(before);
  });

  it("records a merged pull request and skips threads that are not MSCs", async () => {
    const merged = webhookExample("pull_request", "closed");
    Object.assign(merged.pull_request as object, {
      number: 4543,
      title: "MSC4543: Sliding Sync Extensions: End-to-end encryption",
      state: "closed",
      merged_at: "2026-11-21T09:00:00Z",
      updated_at: "2026-11-21T09:00:00Z",
      labels: [{ name: "proposal" }, { name: "merged" }],
    });
    expect(await deliver("pull_request", merged)).toMatchObject({ status: 200 });
    expect(await db.prisma.proposal.findUniqueOrThrow({ where: { number: 4543 } })).toMatchObject({
      merged: true,
      githubState: "closed",
    });

    const spec = webhookExample("pull_request", "opened");
    Object.assign(spec.pull_request as object, { number: 99001, title: "Spec MSC4543: clarify", labels: [] });
    expect(await deliver("pull_request", spec)).toMatchObject({ status: 200 });
    expect(await db.prisma.proposal.findUnique({ where: { number: 99001 } })).toBeNull();
  });

  it("imports an mscbot status comment posted as a new comment", async () => {
    const payload = webhookExample("issue_comment", "created");
    Object.assign(payload.comment as object, {
      id: 77001,
      issue_url: "https://api.github.com/repos/matrix-org/matrix-spec-proposals/issues/4543",
      user: { login: "mscbot", id: 1 },
      created_at: "2026-11-20T12:00:00Z",
      updated_at: "2026-11-20T12:00:00Z",
      body: mscbotStatusComment({
        proposer: "turt2live",
        disposition: "merge",
        reviewers: [
          { login: "turt2live", approved: true },
          { login: "richvdh", approved: false },
          { login: "tulir", approved: true },
        ],
        concerns: ["needs an implementation"],
      }),
    });
    expect(await deliver("issue_comment", payload)).toMatchObject({ status: 200 });
    const round = await db.prisma.fcpRound.findFirstOrThrow({
      where: { proposalNumber: 4543 },
      include: { votes: true },
    });
    expect(round).toMatchObject({
      disposition: "merge",
      proposedBy: "turt2live",
      roster: ["turt2live", "richvdh", "tulir"],
    });
    expect(round.votes.map((v) => [v.memberLogin, v.position]).sort()).toEqual([
      ["tulir", "approve"],
      ["turt2live", "approve"],
    ]);
    const concern = await db.prisma.concern.findFirstOrThrow({ where: { proposalNumber: 4543 } });
    expect(concern).toMatchObject({ text: "needs an implementation", resolvedAt: null });
  });

  it("renames labels and follows the SCT team's membership", async () => {
    const renamed = webhookExample("label", "edited");
    renamed.label = { ...(renamed.label as object), name: "kind:core-feature" };
    renamed.changes = { name: { from: "kind:core" } };
    expect(await deliver("label", renamed)).toMatchObject({ status: 200 });
    expect(await db.prisma.proposalLabel.count({ where: { labelName: "kind:core" } })).toBe(0);
    expect(await db.prisma.proposalLabel.count({ where: { labelName: "kind:core-feature" } })).toBeGreaterThan(0);

    const added = webhookExample("membership", "added");
    Object.assign(added, {
      team: { ...(added.team as object), slug: "spec-core-team" },
      organization: { login: "matrix-org" },
    });
    (added.member as { login: string }).login = "newmember";
    expect(await deliver("membership", added)).toMatchObject({ status: 200 });
    expect(
      await db.prisma.sctMember.findFirst({ where: { githubLogin: "newmember", servedUntil: null } }),
    ).not.toBeNull();

    const removed = { ...structuredClone(added), action: "removed" };
    expect(await deliver("membership", removed)).toMatchObject({ status: 200 });
    expect(await db.prisma.sctMember.findFirstOrThrow({ where: { githubLogin: "newmember" } })).toMatchObject({
      servedUntil: expect.any(Date),
    });
  });
});
