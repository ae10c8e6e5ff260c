import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  readMscbotFixture,
  readMscbotFixtureAuthor,
  readMscsJsonMscbotComments,
} from "@/test/fixtures/mscbot/read-mscbot-fixture";
import { type MscbotComment, parseMscbotComment } from "./parse-mscbot-comment";

const reviewers = (approved: string[], ...logins: string[]) =>
  logins.map((login) => ({ login, approved: approved.includes(login) }));
const SCT_2021 = ["dbkr", "uhoreg", "turt2live", "ara4n", "anoadragon453", "richvdh", "erikjohnston", "KitsuneRal"];
const SCT_2024 = [
  "clokep",
  "dbkr",
  "uhoreg",
  "turt2live",
  "ara4n",
  "anoadragon453",
  "richvdh",
  "tulir",
  "erikjohnston",
  "KitsuneRal",
];
const proposed = (proposer: string, disposition: "merge" | "postpone", list: string[] = []): MscbotComment => ({
  kind: "fcp-proposed",
  proposer,
  disposition,
  reviewers: reviewers([proposer], ...list),
  concerns: [],
  cancelled: false,
  cancelledByUrl: null,
});
const REVIEW_2190 = "https://github.com/matrix-org/matrix-doc/pull/2190#issuecomment-806956146";
const REVIEW_2966 = "https://github.com/matrix-org/matrix-spec-proposals/pull/2966#issuecomment-2614140408";

// Every stored comment in test/fixtures/mscbot, with what it must parse to.
const EXPECTED: Record<string, MscbotComment | null> = {
  // mscbot-rs posted the status comment before adding the reviewer list: first version.
  "01-fcp-proposed-merge-rfcbot-link-2018.txt": proposed("richvdh", "merge"),
  "02-fcp-proposed-merge-mscbot-rs-2018.txt": proposed("anoadragon453", "merge"),
  "03-fcp-started-bold-label-warning-2018.txt": {
    kind: "fcp-started",
    reviewUrl: "https://github.com/matrix-org/matrix-doc/issues/1668#issuecomment-419735966",
    endsAt: null,
  },
  "06-fcp-proposed-merge-matrixify-2019-b.txt": proposed("ara4n", "merge"),
  "10-fcp-proposed-postpone-2021.txt": proposed("turt2live", "postpone", SCT_2021),
  "11-fcp-started-postpone-2021.txt": { kind: "fcp-started", reviewUrl: REVIEW_2190, endsAt: null },
  "12-fcp-finished-postpone-2021.txt": { kind: "fcp-finished", disposition: "postpone", reviewUrl: REVIEW_2190 },
  "14-fcp-proposed-merge-10-reviewers-2024.txt": proposed("turt2live", "merge", SCT_2024),
  "15-fcp-started-2025.txt": { kind: "fcp-started", reviewUrl: REVIEW_2966, endsAt: null },
  "16-fcp-finished-merge-2025.txt": { kind: "fcp-finished", disposition: "merge", reviewUrl: REVIEW_2966 },
  "17-fcp-proposed-postpone-2023.txt": proposed("turt2live", "postpone", SCT_2021),
  // A person's comment with commands, not bot output.
  "19-human-concern-commands-multi-2024.txt": null,
};

describe("parseMscbotComment on the stored real comments", () => {
  it("has an expectation for every fixture file", () => {
    const files = readdirSync("test/fixtures/mscbot").filter((file) => file.endsWith(".txt"));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("parses %s exactly", (file, expected) => {
    expect(parseMscbotComment(readMscbotFixtureAuthor(file), readMscbotFixture(file))).toEqual(expected);
  });

  it("does not take a person's command comment for bot output even if mscbot posted it", () => {
    expect(parseMscbotComment("mscbot", readMscbotFixture("19-human-concern-commands-multi-2024.txt"))).toBeNull();
  });
});

describe("parseMscbotComment on the mscbot comments of mscs.json", () => {
  const comments = readMscsJsonMscbotComments();
  // (number, date) -> kind, from reading each comment.
  const KINDS: Record<string, MscbotComment["kind"]> = {
    "1502 2018-10-17": "fcp-proposed",
    "2190 2021-03-25": "fcp-proposed",
    "2190 2021-04-06": "fcp-started",
    "2190 2021-04-11": "fcp-finished",
    "2229 2019-08-13": "fcp-proposed",
    "2270 2019-08-31": "fcp-proposed",
    "2675 2021-12-07": "fcp-proposed",
    "2702 2023-09-08": "fcp-proposed",
    "2781 2024-05-13": "fcp-proposed",
    "2966 2025-03-31": "fcp-started",
    "2966 2025-04-05": "fcp-finished",
    "2998 2021-02-24": "fcp-started",
    "3935 2023-11-27": "fcp-proposed",
  };

  it("covers the 13 comments of the 10 records", () => {
    expect(comments.map((c) => `${c.number} ${c.at}`)).toEqual(Object.keys(KINDS));
    expect(new Set(comments.map((c) => c.number)).size).toBe(10);
  });

  it.each(comments.map((c) => [`${c.number} ${c.at}`, c.body] as const))("recognises %s", (key, body) => {
    expect(parseMscbotComment("mscbot", body)?.kind).toBe(KINDS[key]);
  });

  it("finds the proposer as the only approval in each first-version status comment", () => {
    for (const { body } of comments) {
      const parsed = parseMscbotComment("mscbot", body);
      if (parsed?.kind !== "fcp-proposed" || parsed.reviewers.length === 0) continue;
      expect(parsed.reviewers.filter((r) => r.approved).map((r) => r.login)).toEqual([parsed.proposer]);
      expect(parsed.concerns).toEqual([]);
    }
  });

  it("links FCP start and end notices to the review on the same thread", () => {
    for (const { number, body } of comments) {
      const parsed = parseMscbotComment("mscbot", body);
      if (parsed?.kind === "fcp-started" || parsed?.kind === "fcp-finished") {
        expect(parsed.reviewUrl).toMatch(new RegExp(`/pull/${number}#issuecomment-\\d+$`));
      }
    }
  });
});

describe("parseMscbotComment", () => {
  const status = readMscbotFixture("10-fcp-proposed-postpone-2021.txt");

  it("ignores comments by anyone but mscbot, including SCT members' own checklists", () => {
    expect(parseMscbotComment("turt2live", status)).toBeNull();
    expect(parseMscbotComment("mscbot-test", status)).toBeNull();
    expect(parseMscbotComment("", status)).toBeNull();
  });

  it("compares the author login case-insensitively, as GitHub does", () => {
    expect(parseMscbotComment("MSCBot", status)?.kind).toBe("fcp-proposed");
  });

  it("returns null for bot replies that record nothing", () => {
    expect(parseMscbotComment("mscbot", "This proposal is already in FCP.")).toBeNull();
    expect(parseMscbotComment("mscbot", "Unknown disposition 'merged'.")).toBeNull();
    expect(parseMscbotComment("mscbot", "That concern has already been raised.")).toBeNull();
    expect(parseMscbotComment("mscbot", "")).toBeNull();
  });

  it("reads CRLF bodies and leading blank lines like LF ones", () => {
    const crlf = `\r\n${status.replace(/\n/g, "\r\n")}`;
    expect(parseMscbotComment("mscbot", crlf)).toEqual(parseMscbotComment("mscbot", status));
  });

  it("recognises both cancellation notices", () => {
    expect(parseMscbotComment("mscbot", "Final comment period for this proposal has been cancelled.")).toEqual({
      kind: "fcp-cancelled",
      cancelledBy: null,
    });
    expect(parseMscbotComment("mscbot", "@richvdh proposal cancelled.")).toEqual({
      kind: "fcp-cancelled",
      cancelledBy: "richvdh",
    });
  });
});
