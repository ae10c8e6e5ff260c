import { z } from "zod";
import { getProposalDetail } from "@/lib/proposals/get-proposal-detail";

const numberSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** GET /api/v1/proposals/{number}: one proposal with its FCP rounds and timeline, or a JSON 404. */
export async function GET(_request: Request, context: { params: Promise<{ number: string }> }): Promise<Response> {
  const parsed = numberSchema.safeParse((await context.params).number);
  if (!parsed.success) return Response.json({ message: "An MSC number is a positive whole number." }, { status: 400 });
  const proposal = await getProposalDetail(parsed.data);
  if (!proposal) return Response.json({ message: `MSC${parsed.data} is not known to the tracker.` }, { status: 404 });
  return Response.json(proposal, { headers: { "cache-control": "no-store" } });
}
