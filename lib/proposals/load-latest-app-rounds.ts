import "server-only";
import { Prisma } from "../db/generated/client";
import type { FcpDispositionName } from "../fcp/fcp-dto";
import { APP_RUN_SOURCE } from "../fcp/round-ownership";
import type { LatestRoundFacts } from "./status-overlay";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;
export type LatestAppRounds = ReadonlyMap<number, LatestRoundFacts>;

type Row = {
  proposalNumber: number;
  disposition: FcpDispositionName;
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
};

/**
 * Each MSC's latest FCP round (highest proposed_at, then id), kept only when the app
 * runs it: what the status overlay needs (status-overlay.ts). One query over the small
 * rounds table, whichever MSCs are asked for; `numbers` narrows it to those MSCs.
 */
export async function loadLatestAppRounds(db: Db, numbers?: readonly number[]): Promise<LatestAppRounds> {
  if (numbers?.length === 0) return new Map();
  const only = numbers ? Prisma.sql`WHERE proposal_number IN (${Prisma.join(numbers)})` : Prisma.empty;
  // Enum columns read as text: the driver adapters return them as plain strings anyway.
  const rows = await db.$queryRaw<Row[]>`
    SELECT proposal_number AS "proposalNumber", disposition::text AS disposition,
           started_at AS "startedAt", completed_at AS "completedAt", cancelled_at AS "cancelledAt"
    FROM (
      SELECT DISTINCT ON (proposal_number) *
      FROM fcp_rounds ${only}
      ORDER BY proposal_number, proposed_at DESC, id DESC
    ) latest
    WHERE source::text = ${APP_RUN_SOURCE}`;
  return new Map(
    rows.map(({ proposalNumber, disposition, startedAt, completedAt, cancelledAt }) => [
      Number(proposalNumber),
      { source: APP_RUN_SOURCE, disposition, startedAt, completedAt, cancelledAt },
    ]),
  );
}
