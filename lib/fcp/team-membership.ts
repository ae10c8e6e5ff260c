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

/**
 * The team a round is counted against. Open rounds: the current team (MSC-PROCESS.md:
 * "75 % of the current SCT"), so leavers stop counting and joiners start. Closed rounds:
 * the team when the round ended, so a later roster change does not rewrite history.
 * Without membership records covering that moment (team never synced, or a round older
 * than the records) the roster snapshotted at proposal is the best evidence left.
 */
export function countingTeam(periods: TeamPeriod[], roster: string[], endedAt: Date | null): string[] {
  const team = endedAt ? teamAt(periods, endedAt) : currentTeam(periods);
  return team.length > 0 ? team : unique(roster);
}

function unique(logins: string[]): string[] {
  const seen = new Map<string, string>();
  for (const login of logins) if (!seen.has(loginKey(login))) seen.set(loginKey(login), login);
  return [...seen.values()];
}
