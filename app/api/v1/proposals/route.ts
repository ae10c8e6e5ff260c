import { listProposals } from "@/lib/proposals/list-proposals";
import { parseProposalQuery } from "@/lib/proposals/proposal-query";

/** GET /api/v1/proposals?status=&kind=&area=&author=&shepherd=&state=&q=&sort=&order=&page=&per_page=: one page. */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseProposalQuery(new URL(request.url).searchParams);
  if ("error" in parsed) return Response.json({ message: parsed.error }, { status: 400 });
  return Response.json(await listProposals(parsed.query), { headers: { "cache-control": "no-store" } });
}
