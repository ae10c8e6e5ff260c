import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/** Whether this signed-in reader follows the MSC (its page shows Follow or Unfollow). */
export async function isFollowing(prisma: PrismaClient, login: string, proposalNumber: number): Promise<boolean> {
  const follow = await prisma.follow.findFirst({
    where: { proposalNumber, user: { githubLogin: login } },
    select: { proposalNumber: true },
  });
  return follow !== null;
}
