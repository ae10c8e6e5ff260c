/** One period of service on the SCT (an SctMember row). */
export type TeamPeriod = {
  githubLogin: string;
  servedFrom: Date;
  servedUntil: Date | null;
};

/** GitHub logins are case-insensitive; mscbot's roster and the team API may differ in case. */
export const loginKey = (login: string) => login.toLowerCase();

/** Who serves now: the periods not yet closed. */
export function currentTeam(periods: TeamPeriod[]): string[] {
  return unique(periods.filter((p) => p.servedUntil === null).map((p) => p.githubLogin));
}

/** Who served at a moment: joined at or before it, and had not left by then. */
export function teamAt(periods: TeamPeriod[], at: Date): string[] {
  const t = at.getTime();
  return unique(
    periods
      .filter((p) => p.servedFrom.getTime() <= t && (p.servedUntil === null || p.servedUntil.getTime() > t))
      .map((p) => p.githubLogin),
  );
}

/** When a round was proposed and, once closed, when it ended (null while open). */
export type RoundSpan = { proposedAt: Date; endedAt: Date | null };

/**
 * The team a round is counted against. Open rounds: the current team (MSC-PROCESS.md:
 * "75 % of the current SCT"), so leavers stop counting and joiners start; with no
 * membership recorded at all (team never synced), the roster.
 * Closed rounds: the team when the round ended, so later roster changes do not rewrite
 * history. That is the roster snapshotted at proposal, corrected by membership changes
 * recorded while the round ran. Periods alone would mislead for old rounds: the first
 * team sync cannot know join dates and opens every period at the epoch, and members
 * who left before it have no period at all.
 */
export function countingTeam(periods: TeamPeriod[], roster: string[], span: RoundSpan): string[] {
  if (span.endedAt === null) {
    const team = currentTeam(periods);
    return team.length > 0 ? team : unique(roster);
  }
  const atEnd = teamAt(periods, span.endedAt);
  if (roster.length === 0) return atEnd;
  const [from, to] = [span.proposedAt.getTime(), span.endedAt.getTime()];
  const within = (date: Date | null) => date !== null && date.getTime() > from && date.getTime() <= to;
  const changed = new Set(
    periods.filter((p) => within(p.servedFrom) || within(p.servedUntil)).map((p) => loginKey(p.githubLogin)),
  );
  const kept = roster.filter((login) => !changed.has(loginKey(login)));
  return unique([...kept, ...atEnd.filter((login) => changed.has(loginKey(login)))]);
}

function unique(logins: string[]): string[] {
  const seen = new Map<string, string>();
  for (const login of logins) if (!seen.has(loginKey(login))) seen.set(loginKey(login), login);
  return [...seen.values()];
}
