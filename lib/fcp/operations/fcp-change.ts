import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { DataSource, Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { ActionEvent, Tx } from "@/lib/auth/run-action";
import type { FcpRules } from "../to-fcp-round-dto";

// Every FCP operation takes a transaction and returns what an action handler returns
// (run-action.ts): its small result and the audit events of what a person did. So the
// same function serves the action wrapper, which writes those events with the viewer
// as actor, and direct callers (tests, an importer) through applyFcpChange below.
// Transitions (fcp.started, fcp.finished) are the system's doing: they write their
// own events, with a dedupe key, whoever triggered them.

export type Db = Tx;

export type FcpChange<T> = { data: T; events: [ActionEvent, ...ActionEvent[]] };

/** What every operation may be told; the defaults are what a person on the site gets. */
export type OperationOptions = {
  /** The moment of the change; transitions compare stored times with it. */
  now?: Date;
  rules?: FcpRules;
  source?: DataSource;
};

/**
 * One change in its own transaction, its events written as the action wrapper would,
 * and the data marked changed once it commits, as the wrapper does (statuses derived
 * from rounds live in per-generation memos).
 */
export async function applyFcpChange<T>(
  prisma: PrismaClient,
  actorLogin: string,
  change: (tx: Db) => Promise<FcpChange<T>>,
  source: DataSource = "web",
): Promise<T> {
  const result = await prisma.$transaction(async (tx) => {
    const { data, events } = await change(tx);
    for (const event of events) {
      await tx.event.create({ data: { ...event, actorLogin, source } satisfies Prisma.EventUncheckedCreateInput });
    }
    return data;
  });
  markDataChanged();
  return result;
}
