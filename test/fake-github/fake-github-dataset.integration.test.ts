import { describe, expect, it } from "vitest";
import { buildGitHubDataset, DEFAULT_SEED } from "./dataset/build-dataset";
import type { GitHubDataset } from "./dataset/github-types";
import { replayLabels } from "./dataset/label-history";
import { loadFixtureDataset, loadSourceRecords, readFixtureFiles } from "./dataset/load-fixtures";
import { expandFixtures } from "./dataset/fixture-files";

// The dataset keeps every real fact, stays consistent with itself (labels, events,
// times, counts), is reproducible from its source records, and scales.

const real = loadFixtureDataset();
const records = loadSourceRecords();

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function checkConsistency(dataset: GitHubDataset): void {
  const snapshot = dataset.snapshotAt;
  const eventsByIssue = groupBy(dataset.events, (e) => e.issue_number);
  const commentsByIssue = groupBy(dataset.comments, (c) => Number(/\d+$/.exec(c.issue_url)![0]));
  for (const issue of dataset.issues) {
    const events = eventsByIssue.get(issue.number) ?? [];
    const comments = commentsByIssue.get(issue.number) ?? [];
    const where = `#${issue.number}`;
    expect(
      replayLabels(
        events
          .filter((e) => e.event === "labeled" || e.event === "unlabeled")
          .map((e) => ({ action: e.event as "labeled" | "unlabeled", label: e.label!.name })),
      ),
      where,
    ).toEqual(new Set(issue.labels.map((l) => l.name)));
    expect(issue.comments, where).toBe(comments.length);
    const latest = [...events.map((e) => e.created_at), ...comments.map((c) => c.updated_at)].sort().at(-1);
    if (latest) expect(issue.updated_at >= latest, where).toBe(true);
    expect(issue.created_at <= issue.updated_at && issue.updated_at <= snapshot, where).toBe(true);
    for (const item of [...events.map((e) => e.created_at), ...comments.map((c) => c.created_at)]) {
      expect(item >= issue.created_at, `${where} ${item}`).toBe(true);
    }
    if (issue.state === "closed") expect(issue.closed_at! >= issue.created_at, where).toBe(true);
    else expect(issue.closed_at, where).toBeNull();
    const mergedAt = issue.pull_request?.merged_at;
    if (mergedAt) expect(issue.closed_at, where).toBe(mergedAt);
  }
  const ids = (items: { id: number }[]) => new Set(items.map((i) => i.id)).size === items.length;
  expect(ids(dataset.issues) && ids(dataset.comments) && ids(dataset.events)).toBe(true);
}

describe("fake GitHub dataset", () => {
  it("holds every real thread with its real values", () => {
    expect(real.issues).toHaveLength(453);
    expect(records.filter((r) => r.isMsc)).toHaveLength(378);
    const byNumber = new Map(real.issues.map((i) => [i.number, i]));
    for (const record of records) {
      const issue = byNumber.get(record.number)!;
      expect(issue.title).toBe(record.title);
      if (record.author) expect(issue.user.login).toBe(record.author);
      expect(issue.state).toBe(record.state === "open" ? "open" : "closed");
      if (record.kind === "pull" && record.mergedAt) expect(issue.pull_request!.merged_at).toBe(record.mergedAt);
      expect(Boolean(issue.pull_request)).toBe(record.kind === "pull");
      if (record.labels) expect(issue.labels.map((l) => l.name).sort()).toEqual([...record.labels].sort());
      if (record.createdDate) expect(issue.created_at.slice(0, 10)).toBe(record.createdDate);
      const bodies = real.comments.filter((c) => c.issue_url.endsWith(`/issues/${record.number}`)).map((c) => c.body);
      for (const comment of record.comments) expect(bodies).toContain(comment.body);
    }
  });

  it("is consistent: labels replay from events, counts, times, unique ids", () => {
    checkConsistency(real);
  });

  it("gives MSC pull requests a Rendered link and some metadata lines", () => {
    const mscPulls = real.issues.filter((i) => i.pull_request && records.find((r) => r.number === i.number)?.isMsc);
    const rendered =
      /^\[Rendered\]\(https:\/\/github\.com\/[\w-]+\/(matrix-spec-proposals|matrix-doc)\/blob\/\S+\/proposals\/\d+-[\w.-]+\.md\)/;
    expect(mscPulls.every((i) => rendered.test(i.body ?? ""))).toBe(true);
    const withAuthor = mscPulls.filter((i) => /^Author: @/m.test(i.body ?? "")).length;
    expect(withAuthor / mscPulls.length).toBeGreaterThan(0.2);
    expect(withAuthor / mscPulls.length).toBeLessThan(0.5);
  });

  it("is reproducible: the builder turns the source records into exactly the committed fixtures", () => {
    const rebuilt = buildGitHubDataset(records, { seed: DEFAULT_SEED, snapshotAt: real.snapshotAt });
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(JSON.parse(JSON.stringify(expandFixtures(readFixtureFiles()))));
  });

  it("scales to 4,500 MSCs with synthetic ones, leaving the real threads untouched", () => {
    const scaled = loadFixtureDataset({ scale: 4500 });
    const realNumbers = new Set(records.map((r) => r.number));
    const synthetic = scaled.issues.filter((i) => !realNumbers.has(i.number));
    expect(synthetic).toHaveLength(4500 - 378);
    expect(new Set(scaled.issues.map((i) => i.number)).size).toBe(scaled.issues.length);
    expect(synthetic.every((i) => /^(\[WIP\] )?MSC\d+: \[synthetic\] /.test(i.title))).toBe(true);
    expect(Math.max(...synthetic.map((i) => i.number))).toBeLessThan(4600);
    for (const issue of real.issues) expect(scaled.issues.find((i) => i.number === issue.number)).toEqual(issue);
    checkConsistency(scaled);
    expect(JSON.stringify(loadFixtureDataset({ scale: 1000 }))).toBe(
      JSON.stringify(loadFixtureDataset({ scale: 1000 })),
    );
    const open = synthetic.filter((i) => i.state === "open").length / synthetic.length;
    expect(open).toBeGreaterThan(0.6);
  });

  it("orders event ids by time, as GitHub's are", () => {
    const scaled = loadFixtureDataset({ scale: 2000 });
    const sorted = [...scaled.events].sort((a, b) => a.id - b.id);
    const inversions = sorted.filter((e, i) => i > 0 && e.created_at < sorted[i - 1]!.created_at).length;
    expect(inversions).toBe(0);
  });
});
