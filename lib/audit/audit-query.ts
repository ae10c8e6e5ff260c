import { AUDIT_GROUP_NAMES, type AuditGroup } from "./audit-kinds";

// /audit's state lives in its URL (a GET form), so any view is a link. Bad values are
// reported, not guessed at: the page says which parameter it could not use.

export const AUDIT_PAGE_SIZE = 50;

/** Where the next page starts: strictly older than this event (time, then id). */
export type AuditCursor = { at: Date; id: bigint };

export type AuditQuery = {
  group: AuditGroup | null;
  msc: number | null;
  actor: string | null;
  before: AuditCursor | null;
};

export type ParsedAuditQuery = { query: AuditQuery; problems: string[] };

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, name: string): string | null {
  const value = params[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  return text === "" ? null : text;
}

export function parseAuditQuery(params: Params): ParsedAuditQuery {
  const problems: string[] = [];
  const query: AuditQuery = { group: null, msc: null, actor: null, before: null };

  const group = one(params, "kind");
  if (group !== null) {
    if ((AUDIT_GROUP_NAMES as string[]).includes(group)) query.group = group as AuditGroup;
    else problems.push(`Unknown kind "${group}": choose one of ${AUDIT_GROUP_NAMES.join(", ")}.`);
  }
  const msc = one(params, "msc");
  if (msc !== null) {
    const digits = msc.replace(/^msc\s*/i, "");
    const number = /^\d{1,9}$/.test(digits) ? Number(digits) : NaN;
    if (number > 0) query.msc = number;
    else problems.push(`"${msc}" is not an MSC number.`);
  }
  const actor = one(params, "actor");
  if (actor !== null) query.actor = actor.replace(/^@/, "").slice(0, 100);
  const before = one(params, "before");
  if (before !== null) {
    query.before = parseCursor(before);
    if (query.before === null) problems.push("That page link is damaged: showing the newest entries instead.");
  }
  return { query, problems };
}

/** "1767225600000-42": the event's time in milliseconds and its id. */
export function formatCursor(cursor: AuditCursor): string {
  return `${cursor.at.getTime()}-${cursor.id}`;
}

function parseCursor(text: string): AuditCursor | null {
  const match = /^(\d{1,15})-(\d{1,19})$/.exec(text);
  return match ? { at: new Date(Number(match[1])), id: BigInt(match[2]!) } : null;
}

/** The /audit link for the query's filters, starting at the newest entry or at the `before` cursor given. */
export function auditHref(query: AuditQuery, before: string | null = null): string {
  const params = new URLSearchParams();
  if (query.group) params.set("kind", query.group);
  if (query.msc !== null) params.set("msc", String(query.msc));
  if (query.actor) params.set("actor", query.actor);
  if (before) params.set("before", before);
  const search = params.toString();
  return search ? `/audit?${search}` : "/audit";
}
