import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./start-fake-github";

// Tests change the fake's data in-process; what they change shows up over HTTP exactly
// as GitHub would show it: new events, a bumped updated_at, `since` picking it up.

const repo = { owner: "matrix-org", repo: "matrix-spec-proposals" };

describe("fake GitHub state changes", () => {
  let fake: FakeGitHub;
  let octokit: Octokit;
  beforeAll(async () => {
    fake = await startFakeGitHub();
    octokit = new Octokit({ baseUrl: fake.url, auth: "test-token" });
  });
  afterAll(() => fake.close());

  const newestEvents = async (count: number) =>
    (await octokit.rest.issues.listEventsForRepo({ ...repo, per_page: count })).data;
  const updatedSince = async (since: string) =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      state: "all",
      since,
      sort: "updated",
      direction: "asc",
    });

  it("adds and removes labels with labeled/unlabeled events stamped by the data clock", async () => {
    const now = fake.state.advance(3600).toISOString().replace(".000Z", "Z");
    fake.state.addLabels(3935, ["final-comment-period"], "mscbot");
    fake.state.removeLabels(3935, ["proposed-final-comment-period"], "mscbot");
    const [unlabeled, labeled] = await newestEvents(2);
    expect([labeled!.event, labeled!.label?.name, labeled!.actor?.login]).toEqual([
      "labeled",
      "final-comment-period",
      "mscbot",
    ]);
    expect([unlabeled!.event, unlabeled!.label?.name]).toEqual(["unlabeled", "proposed-final-comment-period"]);
    expect(labeled!.created_at).toBe(now);
    expect(unlabeled!.issue?.labels.map((l) => (typeof l === "string" ? l : l.name))).toContain("final-comment-period");
    const changed = await updatedSince(now);
    expect(changed.map((i) => i.number)).toEqual([3935]);
    expect(changed[0]!.updated_at).toBe(now);
  });

  it("edits, merges and reopens issues with the events GitHub adds", async () => {
    fake.state.advance(60);
    fake.state.editIssue(4531, { title: "MSC4531: Renamed" }, "Johennes");
    fake.state.editIssue(4531, { merged: true }, "richvdh");
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: 4531 });
    expect(data.state).toBe("closed");
    expect(data.pull_request?.merged_at).toBe(data.closed_at);
    expect(data.closed_by?.login).toBe("richvdh");
    expect((await newestEvents(3)).map((e) => e.event)).toEqual(["closed", "merged", "renamed"]);

    fake.state.advance(60);
    fake.state.editIssue(1236, { state: "closed" });
    fake.state.advance(60);
    fake.state.editIssue(1236, { state: "open" });
    const reopened = await octokit.rest.issues.get({ ...repo, issue_number: 1236 });
    expect([reopened.data.state, reopened.data.state_reason, reopened.data.closed_at]).toEqual([
      "open",
      "reopened",
      null,
    ]);
  });

  it("adds and edits comments, which `since` then returns", async () => {
    const since = fake.state.advance(60).toISOString();
    const comment = fake.state.addComment(2781, {
      author: "turt2live",
      body: "@mscbot resolve Mention intentional mentions",
    });
    const list = async () =>
      (await octokit.rest.issues.listCommentsForRepo({ ...repo, since, sort: "updated", direction: "asc" })).data;
    expect((await list()).map((c) => c.id)).toEqual([comment.id]);
    const before = (await octokit.rest.issues.get({ ...repo, issue_number: 2781 })).data.comments;
    fake.state.advance(30);
    fake.state.editComment(comment.id, "@mscbot resolve We must deprecate before removal");
    const [edited] = await list();
    expect(edited!.body).toBe("@mscbot resolve We must deprecate before removal");
    expect(edited!.updated_at > edited!.created_at).toBe(true);
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 2781 })).data.comments).toBe(before);
  });

  it("creates new MSCs and changes the team", async () => {
    fake.state.advance(60);
    const issue = fake.state.createIssue({
      title: "MSC9999: Brand new",
      author: "someone",
      labels: ["proposal"],
      draft: true,
    });
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: issue.number });
    expect([data.title, data.draft, data.labels.length]).toEqual(["MSC9999: Brand new", true, 1]);

    fake.state.removeTeamMember("ara4n");
    fake.state.addTeamMember("newmember");
    const { data: members } = await octokit.rest.teams.listMembersInOrg({
      org: "matrix-org",
      team_slug: "spec-core-team",
    });
    expect(members.map((m) => m.login)).not.toContain("ara4n");
    expect(members.map((m) => m.login)).toContain("newmember");
  });
});
