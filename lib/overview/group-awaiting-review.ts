import type { FcpEntryDto } from "./fcp-entry";

export type AwaitingMemberDto = { login: string; awaiting: { number: number; title: string }[] };

/** Per SCT member, the proposed FCPs that wait for their position. */
export type AwaitingReviewDto = {
  /** False when no team sync has run: members are then read from the rounds' rosters. */
  team_known: boolean;
  members: AwaitingMemberDto[];
};

const byLogin = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/**
 * The "who still has to review what" view that nobody could see before (MSC-PROCESS.md,
 * pain points). With a known team, every current member is listed, with nothing
 * awaiting included, and a member who joined after a round was proposed owes it a
 * position too: they count towards its threshold now. Without a team, the best
 * evidence is each round's own list of members who have not voted.
 */
export function groupAwaitingReview(team: string[], proposed: FcpEntryDto[]): AwaitingReviewDto {
  const rounds = proposed.filter((e) => e.has_record);
  const team_known = team.length > 0;
  const logins = team_known ? team : [...new Set(rounds.flatMap((e) => e.not_voted))];
  const members = [...logins].sort(byLogin).map((login) => {
    const key = login.toLowerCase();
    const awaits = (e: FcpEntryDto) =>
      team_known
        ? !e.positioned.some((p) => p.toLowerCase() === key)
        : e.not_voted.some((p) => p.toLowerCase() === key);
    return { login, awaiting: rounds.filter(awaits).map(({ number, title }) => ({ number, title })) };
  });
  return { team_known, members };
}
