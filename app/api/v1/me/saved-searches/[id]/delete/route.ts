import { deleteSavedSearchRoute } from "@/lib/saved-searches/saved-search-routes";

/** POST /api/v1/me/saved-searches/{id}/delete: delete one's own saved search and the follows only it made. */
export const POST = deleteSavedSearchRoute;
