import "server-only";
import { getPrisma } from "../db/client";

export type DataFreshness = {
  /** Newest moment the data is known to reflect, or null when there is no data. */
  asOf: string | null;
  source: "snapshot" | "github" | null;
};

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
