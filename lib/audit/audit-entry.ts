/** One row of /audit, as the page renders it. */
export type AuditEntry = {
  /** The event id, as text (a bigint). */
  id: string;
  at: string;
  kind: string;
  actor: string | null;
  proposalNumber: number | null;
  proposalTitle: string | null;
  /** Where the fact came from, for people: web, GitHub sync, webhook, mscbot, system. */
  source: string;
  text: string;
  reason: string | null;
};

export type AuditPage = {
  entries: AuditEntry[];
  /** The cursor of the next (older) page, or null on the last page. */
  next: string | null;
};
