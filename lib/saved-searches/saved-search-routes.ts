import "server-only";
import { defineFormRoute } from "@/lib/auth/define-action";
import { proposalsHref } from "@/lib/proposals/proposals-href";
import { createSavedSearchDefinition, deleteSavedSearchDefinition } from "./saved-search-actions";
import { savedFiltersSchema } from "./saved-search-filters";

// The form routes of saved searches. A form on /proposals asks to come back to the view
// it saved (`?return=proposals`); every other form returns to /me. The view is rebuilt
// from the validated filters, so the query cannot redirect anywhere else.

const ON_ME = "/me#saved-searches";

type NoParams = Record<string, never>;

/**
 * The /proposals view whose filters the form carried, read from a copy of the body. A
 * JSON caller is answered in JSON and never redirected, so its body is not read here.
 */
async function proposalsView(request: Request): Promise<string> {
  const fallback = "/proposals#saved-search";
  if (!(request.headers.get("content-type") ?? "").includes("form")) return fallback;
  try {
    const filters = savedFiltersSchema.safeParse(Object.fromEntries(await request.clone().formData()));
    return filters.success ? `${proposalsHref(filters.data)}#saved-search` : fallback;
  } catch {
    return fallback;
  }
}

export async function createSavedSearchRoute(request: Request, context: { params: Promise<NoParams> }) {
  const back = new URL(request.url).searchParams.get("return") === "proposals" ? await proposalsView(request) : ON_ME;
  const route = defineFormRoute(createSavedSearchDefinition, {
    redirectTo: () => back,
    successMessage: ({ name, matching, followed }) =>
      `Saved the search “${name}”. Following ${matching} MSC${matching === 1 ? "" : "s"} that match` +
      `${followed === matching ? "" : ` (${followed} newly)`}; new matches are followed as they come.`,
  });
  return route(request, context);
}

export const deleteSavedSearchRoute = defineFormRoute(deleteSavedSearchDefinition, {
  fromParams: ({ id }: { id: string }) => ({ id }),
  redirectTo: () => ON_ME,
  successMessage: ({ name, unfollowed }) =>
    `Deleted the saved search “${name}”; unfollowed the ${unfollowed} MSC${unfollowed === 1 ? "" : "s"} only it had followed.`,
});
