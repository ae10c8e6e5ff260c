import { awaitsPosition } from "@/lib/fcp/awaiting-position";
import type { BallotEntryDto, FcpDispositionName } from "@/lib/fcp/fcp-dto";
import { roundPhase } from "@/lib/fcp/round-phase";
import { loginKey } from "@/lib/fcp/team-membership";
import type { ReminderKind } from "./reminder-kinds";

// Which reminders are due at `now`: a pure function of the rounds, the team and the
// clock. Nothing is scheduled or stored ahead: the k-th reminder is due once k periods
// have passed, and its dedupe key makes recording it twice harmless.

/** REMINDER_POSITION_DAYS and REMINDER_MERGE_DAYS; 0 turns either off. */
export type ReminderSettings = { positionDays: number; mergeDays: number };

export type ReminderRound = {
  id: number;
  proposalNumber: number;
  disposition: FcpDispositionName;
  proposedAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  /** The round's ballot as derived for its pages (lib/fcp/ballot.ts). */
  ballot: readonly Pick<BallotEntryDto, "login" | "position" | "on_team">[];
  proposal: { merged: boolean; githubState: string; authorLogin: string | null; authors: readonly string[] };
};

export type DueReminder = {
  kind: ReminderKind;
  roundId: number;
  proposalNumber: number;
  login: string;
  /** The k-th reminder about this round to this person, from 1. */
  number: number;
  /** How long it has waited when this reminder falls due: number x the setting. */
  days: number;
};

/**
 * Only rounds proposed (position) or finished (merge) this recently are considered: the
 * snapshot and mscbot's history hold years-old rounds that were never closed or whose
 * PR was merged out of band, and the first pass after an upgrade must not mail about them.
 */
export const REMINDER_WINDOW_DAYS = 60;

const DAY_MS = 86_400_000;

export function planReminders(
  rounds: readonly ReminderRound[],
  currentTeam: readonly string[],
  settings: ReminderSettings,
  now: Date,
): DueReminder[] {
  const members = new Set(currentTeam.map(loginKey));
  return rounds.flatMap((round) => [
    ...positionReminders(round, members, settings.positionDays, now),
    ...mergeReminders(round, settings.mergeDays, now),
  ]);
}

function positionReminders(round: ReminderRound, members: Set<string>, everyDays: number, now: Date): DueReminder[] {
  if (roundPhase(round) !== "proposed") return [];
  const number = repeatNumber(round.proposedAt, everyDays, now);
  if (number === null) return [];
  return round.ballot
    .filter((entry) => awaitsPosition(entry) && members.has(loginKey(entry.login)))
    .map((entry) => due("reminder.position", round, entry.login, number, everyDays));
}

function mergeReminders(round: ReminderRound, everyDays: number, now: Date): DueReminder[] {
  const { proposal } = round;
  if (roundPhase(round) !== "finished" || round.disposition !== "merge") return [];
  if (proposal.merged || proposal.githubState !== "open") return [];
  const number = repeatNumber(round.completedAt!, everyDays, now);
  if (number === null) return [];
  return authorsOf(proposal).map((login) => due("reminder.merge", round, login, number, everyDays));
}

/** floor(age / period) once at least one period has passed, within the window; else null. */
export function repeatNumber(since: Date, everyDays: number, now: Date): number | null {
  if (!(everyDays > 0)) return null;
  const age = now.getTime() - since.getTime();
  if (age < 0 || age > REMINDER_WINDOW_DAYS * DAY_MS) return null;
  const number = Math.floor(age / (everyDays * DAY_MS));
  return number >= 1 ? number : null;
}

/** The PR's opener, then the body's Author: lines; the first spelling of each login wins. */
export function authorsOf(proposal: ReminderRound["proposal"]): string[] {
  const seen = new Map<string, string>();
  for (const login of [proposal.authorLogin, ...proposal.authors]) {
    const name = login?.trim().replace(/^@/, "");
    if (name && !seen.has(loginKey(name))) seen.set(loginKey(name), name);
  }
  return [...seen.values()];
}

function due(kind: ReminderKind, round: ReminderRound, login: string, number: number, everyDays: number): DueReminder {
  // Rounded so that 3 x 0.1 reads 0.3, not 0.30000000000000004.
  const days = Math.round(number * everyDays * 1e6) / 1e6;
  return { kind, roundId: round.id, proposalNumber: round.proposalNumber, login, number, days };
}

/** Records each reminder once, however many passes or instances see it due. */
export function reminderDedupeKey(reminder: DueReminder): string {
  return `reminder:${reminder.kind}:${reminder.roundId}:${loginKey(reminder.login)}:${reminder.number}`;
}
