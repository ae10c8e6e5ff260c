// The repository and team the fake serves. The numeric ids are arbitrary (not GitHub's
// real ones); names are real. matrix-doc is the repository's name before the 2022 rename.

import type { RepositoryRef, TeamRef } from "./github-types";

export const REPOSITORY: RepositoryRef = {
  owner: "matrix-org",
  name: "matrix-spec-proposals",
  id: 46_403_050,
  formerNames: ["matrix-doc"],
};

export const SCT_TEAM: TeamRef = { org: "matrix-org", orgId: 8_418_310, slug: "spec-core-team", id: 3_121_448 };

/** The Spec Core Team in late 2026 (MSC-PROCESS.md). */
export const SCT_MEMBERS_2026 = [
  "ara4n",
  "erikjohnston",
  "richvdh",
  "dbkr",
  "uhoreg",
  "anoadragon453",
  "turt2live",
  "KitsuneRal",
  "tulir",
  "clokep",
] as const;

// mscbot's reviewer lists in the data: 8 members in 2021 and 2023, 10 from May 2024
// (clokep and tulir added). The exact joining date is not in the data.
const TEN_MEMBER_ROSTER_FROM = Date.parse("2024-05-01T00:00:00Z");

/** Reviewer list order as mscbot printed it, for the roster in force at `atMs`. */
export function sctRosterAt(atMs: number): readonly string[] {
  if (atMs >= TEN_MEMBER_ROSTER_FROM) {
    return [
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
  }
  return ["dbkr", "uhoreg", "turt2live", "ara4n", "anoadragon453", "richvdh", "erikjohnston", "KitsuneRal"];
}

/** The repository was renamed from matrix-doc in 2022; links written before then use the old name. */
export function repositoryWebUrlAt(atMs: number): string {
  const name = atMs < Date.parse("2022-06-01T00:00:00Z") ? "matrix-doc" : REPOSITORY.name;
  return `https://github.com/${REPOSITORY.owner}/${name}`;
}
