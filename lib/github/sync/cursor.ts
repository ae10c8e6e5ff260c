import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/**
 * Where a listing resumes: the exact request to repeat (its `since`) and the ETag of
 * its last answer, so an unchanged listing costs one free 304. Written in the same
 * transaction as the data it covers, so the cursor never runs ahead of the data.
 */
export type Cursor = { since: Date | null; etag: string | null; page?: number | null };

export async function readCursor(tx: Tx, endpoint: string): Promise<Cursor> {
  const row = await tx.syncCursor.findUnique({ where: { endpoint } });
  return { since: row?.since ?? null, etag: row?.etag ?? null, page: row?.page ?? null };
}

export async function clearCursor(tx: Tx, endpoint: string): Promise<void> {
  await tx.syncCursor.deleteMany({ where: { endpoint } });
}

export async function writeCursor(tx: Tx, endpoint: string, cursor: Cursor): Promise<void> {
  await tx.syncCursor.upsert({
    where: { endpoint },
    create: { endpoint, since: cursor.since, etag: cursor.etag, page: cursor.page ?? null },
    update: { since: cursor.since, etag: cursor.etag, page: cursor.page ?? null },
  });
}
