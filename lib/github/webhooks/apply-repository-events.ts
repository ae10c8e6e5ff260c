import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;
type Payload = Record<string, unknown> & { action?: string };

/** Repository label created, renamed or deleted (renames cascade to proposals). */
export async function applyLabelEvent(tx: Tx, payload: Payload) {
  const label = payload.label as { id: number; name: string; color?: string; description?: string | null };
  const changes = payload.changes as { name?: { from: string } } | undefined;
  const data = { githubId: BigInt(label.id), color: label.color ?? null, description: label.description ?? null };
  if (payload.action === "deleted") {
    // GitHub removes a deleted label from every issue; the label history keeps it.
    await tx.proposalLabel.deleteMany({ where: { labelName: label.name } });
    await tx.label.deleteMany({ where: { name: label.name } });
    return;
  }
  const previous = changes?.name?.from;
  if (previous && (await tx.label.findUnique({ where: { name: previous } }))) {
    await tx.label.update({ where: { name: previous }, data: { name: label.name, ...data } });
    return;
  }
  await tx.label.upsert({ where: { name: label.name }, create: { name: label.name, ...data }, update: data });
}

/** A member added to or removed from the SCT team opens or closes a membership period. */
export async function applyTeamEvent(tx: Tx, event: string, payload: Payload, team: string, at: Date) {
  const teamPayload = payload.team as { slug?: string } | undefined;
  const org = (payload.organization as { login?: string } | undefined)?.login;
  if (!teamPayload?.slug || `${org}/${teamPayload.slug}` !== team) return;
  const member = (payload.member as { login?: string } | undefined)?.login;
  if (event !== "membership" || !member) return;
  const open = await tx.sctMember.findFirst({ where: { githubLogin: member, servedUntil: null } });
  if (payload.action === "added" && !open) {
    await tx.sctMember.create({ data: { githubLogin: member, servedFrom: at, source: "webhook" } });
    await tx.event.create({
      data: { kind: "team.joined", actorLogin: member, at, source: "webhook", data: { login: member } },
    });
  }
  if (payload.action === "removed" && open) {
    await tx.sctMember.update({ where: { id: open.id }, data: { servedUntil: at } });
    await tx.event.create({
      data: { kind: "team.left", actorLogin: member, at, source: "webhook", data: { login: member } },
    });
  }
}
