import { getViewer } from "@/lib/auth/get-viewer";
import { getPrisma } from "@/lib/db/client";
import { findUserId } from "@/lib/auth/user-id";
import { listSavedSearches } from "@/lib/saved-searches/list-saved-searches";
import { createSavedSearchRoute } from "@/lib/saved-searches/saved-search-routes";

const PRIVATE = { "cache-control": "private, no-store" };

/** GET /api/v1/me/saved-searches: the signed-in reader's saved searches, as JSON. */
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  const refuse = (status: number, message: string) =>
    Response.json({ ok: false, status, message }, { status, headers: PRIVATE });
  if (viewer.login === null) return refuse(401, "Sign in to see your saved searches.");
  const prisma = await getPrisma();
  const userId = await findUserId(prisma, viewer.login);
  if (!userId) return refuse(403, "Your sign-in is not on record here: sign out and sign in again.");
  const searches = await listSavedSearches(prisma, userId);
  return Response.json({ ok: true, data: searches }, { headers: PRIVATE });
}

/** POST /api/v1/me/saved-searches {filters, mine, name}: save a search and follow what it matches. */
export const POST = createSavedSearchRoute;
