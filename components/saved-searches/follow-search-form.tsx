import { BUTTON, CONTROL, FIELD } from "@/components/admin/form-classes";
import { FlashMessage } from "@/components/flash-message";
import type { Flash } from "@/lib/auth/flash";
import type { ProposalQuery } from "@/lib/proposals/proposal-query";
import {
  defaultName,
  encodeFilters,
  FILTER_NAMES,
  filtersOf,
  NAME_MAX,
} from "@/lib/saved-searches/saved-search-filters";

/**
 * "Follow this search" under the /proposals filters: the view's filters ride in hidden
 * fields, and the route sends the browser back to this view with its message in
 * #saved-search. The same for every reader (the page is cached for anonymous ones):
 * signing in is asked for by the refusal, not by a different page.
 */
export function FollowSearchForm({ query, flash }: { query: ProposalQuery; flash: Flash | null }) {
  const filters = filtersOf(query);
  const shown = flash?.area === "saved-search" ? flash : null;
  return (
    <section id="saved-search" aria-labelledby="saved-search-heading" className="scroll-mt-4 space-y-2">
      <h2 id="saved-search-heading" className="text-lg font-semibold">
        Follow this search
      </h2>
      <FlashMessage flash={shown} />
      <form
        method="post"
        action="/api/v1/me/saved-searches?return=proposals"
        className="flex flex-wrap items-end gap-3"
      >
        {FILTER_NAMES.map((name) =>
          filters[name] === undefined ? null : <input key={name} type="hidden" name={name} value={filters[name]} />,
        )}
        <div className={FIELD}>
          <label htmlFor="saved-search-name" className="font-medium">
            Name
          </label>
          <input
            id="saved-search-name"
            name="name"
            maxLength={NAME_MAX}
            defaultValue={defaultName(encodeFilters(filters), false)}
            className={`${CONTROL} w-72`}
          />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="mine" /> Only MSCs I author
        </label>
        <button type="submit" className={BUTTON}>
          Follow this search
        </button>
      </form>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Follows every MSC these filters match now and each one that comes to match them later; manage it on{" "}
        <a href="/me#saved-searches" className="underline underline-offset-4">
          your page
        </a>
        .
      </p>
    </section>
  );
}
