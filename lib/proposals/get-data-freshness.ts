import "server-only";
import { getPrisma } from "../db/client";
import type { DataFreshness } from "./data-freshness";

/** How current the stored data is: the newest succeeded sync (or the bundled snapshot). */
export async function getDataFreshness(): Promise<DataFreshness> {
  const prisma = await getPrisma();
  const run = await prisma.syncRun.findFirst({
    where: { outcome: "succeeded", dataAsOf: { not: null } },
    orderBy: { dataAsOf: "desc" },
    select: { kind: true, dataAsOf: true },
  });
  if (!run?.dataAsOf) return { asOf: null, source: null };
  return { asOf: run.dataAsOf.toISOString(), source: run.kind === "snapshot" ? "snapshot" : "github" };
}
