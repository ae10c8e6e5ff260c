import { REMINDER_KINDS } from "@/lib/reminders/reminder-kinds";

// The public audit log's kinds, in the groups its filter offers. Only these kinds are
// shown: anything else in the events table (who follows what) is a reader's own
// business, and a kind added later stays private until it is placed in a group here.

export const AUDIT_GROUPS = {
  votes: ["vote.cast"],
  concerns: ["concern.raised", "concern.resolved"],
  fcp: ["fcp.proposed", "fcp.started", "fcp.finished", "fcp.cancelled"],
  status: ["status.changed", "label.added", "label.removed"],
  team: ["team.joined", "team.left", "team.sync"],
  // Webhook registrations are public in outline (the URL without credentials or query,
  // never the secret); people's own notification settings stay private.
  admin: [
    "admin.granted",
    "admin.revoked",
    "admin.corrected",
    "notify.webhook.registered",
    "notify.webhook.deactivated",
    "notify.webhook.reactivated",
    "notify.webhook.deleted",
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * Events about one person that name an MSC: who follows it, and the reminders addressed
 * to someone. Pages that list an MSC's events by exclusion (its timeline) leave these out.
 */
export const PERSONAL_KINDS = ["follow.added", "follow.removed", ...REMINDER_KINDS] as const;

export type AuditGroup = keyof typeof AUDIT_GROUPS;
export const AUDIT_GROUP_NAMES = Object.keys(AUDIT_GROUPS) as AuditGroup[];

export const AUDIT_GROUP_LABELS: Record<AuditGroup, string> = {
  votes: "Votes",
  concerns: "Concerns",
  fcp: "FCP steps",
  status: "Status and labels",
  team: "Team membership",
  admin: "Admin actions",
};

/** The kinds a filter shows: one group's, or every public kind. */
export function kindsOf(group: AuditGroup | null): string[] {
  return group === null ? AUDIT_GROUP_NAMES.flatMap((name) => [...AUDIT_GROUPS[name]]) : [...AUDIT_GROUPS[group]];
}

/** Where a fact came from, for people (schema.prisma: DataSource). */
export const SOURCE_LABELS: Record<string, string> = {
  web: "web",
  sync: "GitHub sync",
  webhook: "webhook",
  mscbot: "mscbot",
  system: "system",
  snapshot: "snapshot",
};
