import type { FcpDispositionName, FcpPhase, PositionName } from "@/lib/fcp/fcp-dto";
import type { TeamSource } from "./team-sync-state";

export type MemberPeriodDto = {
  login: string;
  /** Null when the period opened "before our records" (the first team sync). */
  servedFrom: string | null;
  servedUntil: string | null;
  /** Where the period came from: GitHub sync, webhook, web (an admin). */
  source: string;
};

export type TeamChangeDto = {
  kind: "team.joined" | "team.left";
  login: string;
  at: string;
  actor: string | null;
  source: string;
  reason: string | null;
};

export type AdminOverview = {
  teamSource: TeamSource;
  /** Whether the last team sync could read the GitHub team; null when none has. */
  teamReadable: boolean | null;
  teamReadableSince: string | null;
  teamName: string;
  members: MemberPeriodDto[];
  recentChanges: TeamChangeDto[];
  admins: string[];
};

/** One MSC's FCP data as the correction forms need it: ids included, which public DTOs leave out. */
export type CorrectionTargets = {
  number: number;
  title: string;
  rounds: {
    id: number;
    disposition: FcpDispositionName;
    phase: FcpPhase;
    proposedAt: string;
    ballot: { login: string; position: PositionName }[];
  }[];
  concerns: { id: number; text: string; raisedBy: string; resolved: boolean }[];
};
