import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ActionError } from "./action-result";
import { ANONYMOUS, makeViewer, type Viewer } from "./roles";
import { runAction, runActionForRequest, type ActionDefinition, type ActionDependencies, type Tx } from "./run-action";
import { CROSS_SITE_MESSAGE } from "./same-origin";

const contributor = makeViewer("alice", { isMember: false, isAdmin: false });
const member = makeViewer("turt2live", { isMember: true, isAdmin: false });
const admin = makeViewer("root", { isMember: false, isAdmin: true });

const SAME_SITE = { host: "tracker.example", origin: "https://tracker.example" };

/** A fake database: events written inside the transaction are kept only if it commits. */
function fakeDeps(viewer: Viewer, headers: Record<string, string> = SAME_SITE) {
  const committed: unknown[] = [];
  const dataChanged = vi.fn();
  const logError = vi.fn();
  const deps: ActionDependencies = {
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    trustedOrigins: [],
    getViewer: async () => viewer,
    transaction: async (work) => {
      const pending: unknown[] = [];
      const tx = { event: { create: async ({ data }: { data: unknown }) => pending.push(data) } } as unknown as Tx;
      const result = await work(tx);
      committed.push(...pending);
      return result;
    },
    dataChanged,
    logError,
  };
  return { deps, committed, dataChanged, logError };
}

const voteInput = z.object({ round: z.number().int().positive(), position: z.enum(["approve", "abstain"]) });
const openRounds = new Set([7]);

const castVote: ActionDefinition<typeof voteInput, { recorded: string }> = {
  action: "vote",
  role: "member",
  input: voteInput,
  authorize: (_viewer, input) =>
    openRounds.has(input.round) || { status: 409, message: "This FCP is no longer open for votes." },
  handler: async ({ input, viewer }) => ({
    data: { recorded: input.position },
    events: [{ kind: "vote.cast", fcpRoundId: input.round, data: { login: viewer.login, position: input.position } }],
  }),
};
const vote = { round: 7, position: "approve" };

describe("runAction", () => {
  it("lets a member vote: writes the event with actor and source, marks data changed", async () => {
    const { deps, committed, dataChanged } = fakeDeps(member);
    expect(await runAction(castVote, vote, deps)).toEqual({ ok: true, data: { recorded: "approve" } });
    expect(committed).toEqual([
      {
        kind: "vote.cast",
        fcpRoundId: 7,
        data: { login: "turt2live", position: "approve" },
        actorLogin: "turt2live",
        source: "web",
      },
    ]);
    expect(dataChanged).toHaveBeenCalledOnce();
  });

  it.each<[string, Viewer, number, string]>([
    ["anonymous", ANONYMOUS, 401, "Sign in to vote."],
    ["a contributor", contributor, 403, "Only Spec Core Team members can vote."],
    ["an admin not on the team", admin, 403, "Only Spec Core Team members can vote."],
  ])("refuses %s, changing nothing", async (_who, viewer, status, message) => {
    const { deps, committed, dataChanged } = fakeDeps(viewer);
    expect(await runAction(castVote, vote, deps)).toEqual({ ok: false, status, message });
    expect(committed).toEqual([]);
    expect(dataChanged).not.toHaveBeenCalled();
  });

  it("admits each role to what it may do", async () => {
    const follow = { ...castVote, action: "follow proposals", role: "contributor" as const, authorize: undefined };
    const manage = { ...castVote, action: "edit the member list", role: "admin" as const, authorize: undefined };
    for (const viewer of [contributor, member, admin]) {
      expect((await runAction(follow, vote, fakeDeps(viewer).deps)).ok).toBe(true);
    }
    expect((await runAction(follow, vote, fakeDeps(ANONYMOUS).deps)).ok).toBe(false);
    expect(await runAction(manage, vote, fakeDeps(member).deps)).toMatchObject({
      status: 403,
      message: "Only admins can edit the member list.",
    });
    expect((await runAction(manage, vote, fakeDeps(admin).deps)).ok).toBe(true);
  });

  it("refuses a cross-site request before looking at anything else", async () => {
    const getViewer = vi.fn(async () => member);
    const { deps, committed } = fakeDeps(member, { host: "tracker.example", origin: "https://evil.example" });
    expect(await runAction(castVote, { nonsense: true }, { ...deps, getViewer })).toEqual({
      ok: false,
      status: 403,
      message: CROSS_SITE_MESSAGE,
    });
    expect(getViewer).not.toHaveBeenCalled();
    expect(committed).toEqual([]);
  });

  it("checks this resource, with the status it chose", async () => {
    const { deps, committed } = fakeDeps(member);
    expect(await runAction(castVote, { round: 8, position: "approve" }, deps)).toEqual({
      ok: false,
      status: 409,
      message: "This FCP is no longer open for votes.",
    });
    const proposerOnly = { ...castVote, authorize: () => "Only the proposer can cancel this FCP." };
    expect(await runAction(proposerOnly, vote, deps)).toMatchObject({ status: 403 });
    expect(committed).toEqual([]);
  });

  it("rejects invalid input with a 400 naming the field", async () => {
    const { deps } = fakeDeps(member);
    const result = await runAction(castVote, { round: 7, position: "maybe" }, deps);
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.message).toMatch(/^Invalid request: position: /);
  });

  it("rolls back on an ActionError and reports it; hides unexpected errors", async () => {
    const raced = {
      ...castVote,
      handler: async () => {
        throw new ActionError(409, "The FCP closed a moment ago.");
      },
    };
    const one = fakeDeps(member);
    expect(await runAction(raced, vote, one.deps)).toEqual({
      ok: false,
      status: 409,
      message: "The FCP closed a moment ago.",
    });
    const broken = {
      ...castVote,
      handler: async () => {
        throw new Error("connection reset");
      },
    };
    const two = fakeDeps(member);
    expect(await runAction(broken, vote, two.deps)).toEqual({
      ok: false,
      status: 500,
      message: "Could not vote: something went wrong and nothing was changed. Try again.",
    });
    expect(two.logError).toHaveBeenCalledOnce();
    expect(two.dataChanged).not.toHaveBeenCalled();
  });
});

describe("runActionForRequest", () => {
  const post = (body: string, headers: Record<string, string> = SAME_SITE) =>
    new Request("https://tracker.example/api/votes", { method: "POST", body, headers });
  const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

  it("maps results to statuses with a JSON body", async () => {
    const ok = await answer(await runActionForRequest(castVote, post(JSON.stringify(vote)), fakeDeps(member).deps));
    expect(ok).toEqual({ status: 200, body: { ok: true, data: { recorded: "approve" } } });
    const cases: [Viewer, string, number][] = [
      [member, "{not json", 400],
      [member, JSON.stringify({ round: -1 }), 400],
      [ANONYMOUS, JSON.stringify(vote), 401],
      [contributor, JSON.stringify(vote), 403],
      [member, JSON.stringify({ round: 8, position: "approve" }), 409],
    ];
    for (const [viewer, body, status] of cases) {
      const response = await answer(await runActionForRequest(castVote, post(body), fakeDeps(viewer).deps));
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ ok: false, status, message: expect.any(String) });
    }
  });

  it("answers another site's request 403 whatever its body", async () => {
    const evil = { host: "tracker.example", origin: "https://evil.example" };
    const response = await runActionForRequest(castVote, post("{not json", evil), fakeDeps(member, evil).deps);
    expect(await answer(response)).toEqual({
      status: 403,
      body: { ok: false, status: 403, message: CROSS_SITE_MESSAGE },
    });
  });
});
