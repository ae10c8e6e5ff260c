// How far a thread got through the final comment period, from its labels or from
// mscbot's comments; shared by label inference, label history and comment generation.

export type Disposition = "merge" | "close" | "postpone";
export type FcpStage = "none" | "proposed" | "started" | "finished";

export const STAGE_ORDER: readonly FcpStage[] = ["none", "proposed", "started", "finished"];

export const STAGE_LABEL: Record<Exclude<FcpStage, "none">, string> = {
  proposed: "proposed-final-comment-period",
  started: "final-comment-period",
  finished: "finished-final-comment-period",
};

export function laterStage(a: FcpStage, b: FcpStage): FcpStage {
  return STAGE_ORDER.indexOf(a) >= STAGE_ORDER.indexOf(b) ? a : b;
}

export function stageFromLabels(labels: readonly string[]): FcpStage {
  if (labels.includes(STAGE_LABEL.finished)) return "finished";
  if (labels.includes(STAGE_LABEL.started)) return "started";
  if (labels.includes(STAGE_LABEL.proposed)) return "proposed";
  return "none";
}

export function dispositionFromLabels(labels: readonly string[]): Disposition | null {
  for (const d of ["merge", "close", "postpone"] as const) if (labels.includes(`disposition-${d}`)) return d;
  return null;
}

export type BotComment = {
  kind: "proposal" | "started" | "finished";
  disposition: Disposition | null;
  proposer: string | null;
};

/** Recognises mscbot's three comment kinds in every format the bot used (2018-2025). */
export function classifyBotComment(author: string, body: string): BotComment | null {
  if (author !== "mscbot") return null;
  const disposition = (/\b(merge|close|postpone)\b/.exec(body.split("\n")[0] ?? "")?.[1] ?? null) as Disposition | null;
  const proposal = /^Team member @([\w-]+) has proposed to/.exec(body);
  if (proposal) return { kind: "proposal", disposition, proposer: proposal[1]! };
  if (/entering its final comment period/.test(body)) return { kind: "started", disposition: null, proposer: null };
  if (/is now \*\*complete\*\*/.test(body)) return { kind: "finished", disposition, proposer: null };
  return null;
}
