import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProposalTitle, type ProposalTitle } from "./parse-proposal-title";

const title = (mscNumber: number | null, cleanTitle: string, flags: Partial<ProposalTitle> = {}): ProposalTitle => ({
  mscNumber,
  isPlaceholder: false,
  isWip: false,
  cleanTitle,
  ...flags,
});

// Real titles from shared/data/mscs.json, one per variant.
const REAL_TITLES: [string, ProposalTitle][] = [
  [
    "MSC2781: Remove reply fallbacks from the specification",
    title(2781, "Remove reply fallbacks from the specification"),
  ],
  [
    "MSC2702: `Content-Disposition` usage in the media repo",
    title(2702, "`Content-Disposition` usage in the media repo"),
  ],
  ["MSC 1501: Room version upgrades", title(1501, "Room version upgrades")],
  ["MSC 1759 - Rooms V2", title(1759, "Rooms V2")],
  ["MSC2077 - Room version 5", title(2077, "Room version 5")],
  [
    "MSC2197 – Search Filtering in Public Room Directory over Federation",
    title(2197, "Search Filtering in Public Room Directory over Federation"),
  ],
  ["MSC1929 Homeserver Admin Contact and Support page", title(1929, "Homeserver Admin Contact and Support page")],
  ["MSC2270 Proposal for Ignoring Invites", title(2270, "Proposal for Ignoring Invites")],
  [
    "[MSC2334](https://github.com/matrix-org/matrix-doc/pull/2334) - Change default room version to v5",
    title(2334, "Change default room version to v5"),
  ],
  ["[WIP] MSC2697: Device dehydration", title(2697, "Device dehydration", { isWip: true })],
  ["[WIP] Integrations API (base)", title(null, "Integrations API (base)", { isWip: true })],
  [
    "[WIP] MSC3929: <Draft PR in work, created to secure the MSC number >",
    title(3929, "<Draft PR in work, created to secure the MSC number >", { isWip: true }),
  ],
  [
    "Draft: MSC3215: Aristotle - Moderation in all things",
    title(3215, "Aristotle - Moderation in all things", { isWip: true }),
  ],
  ["MSCxxxx: Key backup for MLS", title(null, "Key backup for MLS", { isPlaceholder: true })],
  ["MSCXXXX: An error code for busy servers", title(null, "An error code for busy servers", { isPlaceholder: true })],
  ["MSCXXXX Mute Policy Recommendation", title(null, "Mute Policy Recommendation", { isPlaceholder: true })],
  [
    "MSC XXXX: Cryptographic Identities (Client-Owned Identities)",
    title(null, "Cryptographic Identities (Client-Owned Identities)", { isPlaceholder: true }),
  ],
  ["MSC0000: Static Room Directory", title(null, "Static Room Directory", { isPlaceholder: true })],
  ["MSC: State event change control", title(null, "State event change control", { isPlaceholder: true })],
  ["Add MSC4448: Preview URL Site Logos", title(4448, "Preview URL Site Logos")],
  ["MSMSC3839: primary-identity-as-key", title(3839, "primary-identity-as-key")],
  [
    "# MSC9999: Remotely toggle push notifications for another client",
    title(9999, "Remotely toggle push notifications for another client"),
  ],
  ["MSC for self destructing events", title(null, "MSC for self destructing events")],
  ["feat: add MSC fo cute events - draft stage", title(null, "feat: add MSC fo cute events - draft stage")],
  ["Placeholder MSC", title(null, "Placeholder MSC")],
  ["Room version upgrades", title(null, "Room version upgrades")],
  [".", title(null, ".")],
];

describe("parseProposalTitle", () => {
  it.each(REAL_TITLES)("reads %j", (raw, expected) => {
    expect(parseProposalTitle(raw)).toEqual(expected);
  });

  it("accepts other WIP markers and a trailing one", () => {
    expect(parseProposalTitle("WIP: MSC1234: Foo")).toEqual(title(1234, "Foo", { isWip: true }));
    expect(parseProposalTitle("WIP MSC1234: Foo")).toEqual(title(1234, "Foo", { isWip: true }));
    expect(parseProposalTitle("(WIP) MSC1234: Foo")).toEqual(title(1234, "Foo", { isWip: true }));
    expect(parseProposalTitle("[Draft] [WIP] MSC1234: Foo")).toEqual(title(1234, "Foo", { isWip: true }));
    expect(parseProposalTitle("MSC1234: Foo [WIP]")).toEqual(title(1234, "Foo", { isWip: true }));
  });

  it("does not take words that merely start like a marker for one", () => {
    expect(parseProposalTitle("Wipe device keys on logout")).toEqual(title(null, "Wipe device keys on logout"));
    expect(parseProposalTitle("Drafts in rooms")).toEqual(title(null, "Drafts in rooms"));
    expect(parseProposalTitle("MSCs should have numbers")).toEqual(title(null, "MSCs should have numbers"));
  });

  it("reads the prefix case-insensitively and trims whitespace", () => {
    expect(parseProposalTitle("  msc1234:  Lower case  ")).toEqual(title(1234, "Lower case"));
  });

  it("falls back to the whole title when nothing else is left", () => {
    expect(parseProposalTitle("MSC1234")).toEqual(title(1234, "MSC1234"));
    expect(parseProposalTitle("[WIP]")).toEqual(title(null, "[WIP]", { isWip: true }));
    expect(parseProposalTitle("")).toEqual(title(null, ""));
  });

  it("takes only a number that labels the title, not one mentioned later", () => {
    expect(parseProposalTitle("Clarify how MSC1234 interacts with threads")).toEqual(
      title(null, "Clarify how MSC1234 interacts with threads"),
    );
  });
});

describe("parseProposalTitle on every title of mscs.json", () => {
  const records: { number: number; title: string }[] = JSON.parse(
    readFileSync("test/fixtures/proposal-titles.json", "utf8"),
  );
  // Real titles whose number differs from the PR number (mscs.json README: "a title whose
  // number differs from the PR number"): an issue-era number, a typo, a reused number.
  const OTHER_NUMBER: Record<number, number> = {
    1502: 1501,
    1812: 1813,
    2477: 2476,
    2839: 2837,
    3841: 3782,
    3881: 9999,
    4282: 4280,
  };

  it("finds the PR's own number unless the title has none, a placeholder or a known other one", () => {
    expect(records).toHaveLength(378);
    for (const { number, title: raw } of records) {
      const parsed = parseProposalTitle(raw);
      if (parsed.mscNumber === null) continue;
      expect({ number, mscNumber: parsed.mscNumber }).toEqual({ number, mscNumber: OTHER_NUMBER[number] ?? number });
    }
  });

  it("finds a number in every title that starts with MSC and digits", () => {
    for (const { title: raw } of records.filter(
      (r) => /^MSC\s?\d+[^0-9]/.test(r.title) && !/^MSC\s?0+\D/.test(r.title),
    )) {
      expect(parseProposalTitle(raw).mscNumber, raw).not.toBeNull();
    }
  });

  it("counts the placeholder titles of the real data", () => {
    const placeholders = records.filter((r) => parseProposalTitle(r.title).isPlaceholder).map((r) => r.number);
    expect(placeholders).toEqual([
      3245, 3269, 3761, 3840, 3907, 4038, 4048, 4057, 4080, 4131, 4139, 4150, 4176, 4226, 4238, 4256, 4273, 4333, 4340,
    ]);
  });

  it("never leaves a clean title empty or starting with a separator", () => {
    for (const { title: raw } of records) {
      expect(parseProposalTitle(raw).cleanTitle, raw).toMatch(/^[^\s:\u2013\u2014-]/);
    }
  });
});
