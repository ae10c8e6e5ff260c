import "server-only";
import type { Tx } from "@/lib/auth/run-action";

/** The login's open membership period, if they serve now (logins match without regard to case). */
export function findServingPeriod(tx: Tx, login: string) {
  return tx.sctMember.findFirst({
    where: { githubLogin: { equals: login, mode: "insensitive" }, servedUntil: null },
    select: { id: true, githubLogin: true },
  });
}
