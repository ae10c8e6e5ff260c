import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { AuditEntry, AuditPage } from "./audit-entry";
import { kindsOf, SOURCE_LABELS } from "./audit-kinds";
import { AUDIT_PAGE_SIZE, formatCursor, type AuditQuery } from "./audit-query";
import { describeAuditEvent, reasonOf } from "./describe-audit-event";

/**
 * One page of the audit log, newest first. Keyset pagination on (at, id): each page
 * starts strictly after the last row shown, so it costs the same on page 1,000 as on
 * page 1 (an OFFSET would read and discard every earlier row), and rows appended
 * meanwhile do not shift the pages. The events table has an index on `at`, and one on
 * (proposal_number, at) for an MSC's log.
 */
export async function listAuditEvents(
  prisma: PrismaClient,
  query: AuditQuery,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const filters: Prisma.EventWhereInput[] = [{ kind: { in: kindsOf(query.group) } }];
  if (query.msc !== null) filters.push({ proposalNumber: query.msc });
  if (query.actor !== null) filters.push({ actorLogin: { equals: query.actor, mode: "insensitive" } });
  if (query.before !== null) {
    const { at, id } = query.before;
    filters.push({ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] });
  }
  const rows = await prisma.event.findMany({
    where: { AND: filters },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      at: true,
      kind: true,
      actorLogin: true,
      proposalNumber: true,
      source: true,
      data: true,
      proposal: { select: { title: true } },
    },
  });
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    entries: shown.map((row): AuditEntry => {
      const data = (row.data ?? {}) as Record<string, unknown>;
      return {
        id: row.id.toString(),
        at: row.at.toISOString(),
        kind: row.kind,
        actor: row.actorLogin,
        proposalNumber: row.proposalNumber,
        proposalTitle: row.proposal?.title ?? null,
        source: SOURCE_LABELS[row.source] ?? row.source,
        text: describeAuditEvent({ kind: row.kind, actor: row.actorLogin, data }),
        reason: reasonOf(data),
      };
    }),
    next: rows.length > pageSize && last ? formatCursor({ at: last.at, id: last.id }) : null,
  };
}
