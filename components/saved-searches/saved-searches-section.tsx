import { BUTTON, CONTROL, FIELD, MUTED, SECONDARY_BUTTON } from "@/components/admin/form-classes";
import { FlashMessage } from "@/components/flash-message";
import type { Flash } from "@/lib/auth/flash";
import { STATUSES, STATUS_LABELS } from "@/lib/proposals/status";
import type { SavedSearchDto } from "@/lib/saved-searches/list-saved-searches";
import { NAME_MAX } from "@/lib/saved-searches/saved-search-filters";

/** /me's saved searches: each with what it filters and follows, a Delete form, and a form to add one. */
export function SavedSearchesSection({ searches, flash }: { searches: SavedSearchDto[]; flash: Flash | null }) {
  return (
    <section aria-labelledby="saved-searches-heading" id="saved-searches" className="scroll-mt-4 space-y-3">
      <h2 id="saved-searches-heading" className="text-xl font-semibold">
        Saved searches ({searches.length})
      </h2>
      <p className={MUTED}>
        A saved search follows every MSC it matches, now and as MSCs come to match it. An MSC you unfollow stays
        unfollowed; deleting a search unfollows what only it followed.
      </p>
      <FlashMessage flash={flash?.area === "saved-searches" ? flash : null} />
      {searches.length === 0 ? (
        <p className={MUTED}>No saved search yet: save one here or from the filters on the proposals list.</p>
      ) : (
        <ul className="space-y-2">
          {searches.map((search) => (
            <li key={search.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span className="font-medium">{search.name}</span>
              <span className={MUTED}>{search.description}</span>
              <a href={search.href} className="underline underline-offset-4">
                Show in the list
              </a>
              <span>
                following {search.following} MSC{search.following === 1 ? "" : "s"} through it
              </span>
              <form method="post" action={`/api/v1/me/saved-searches/${search.id}/delete`} className="inline">
                <button type="submit" className={SECONDARY_BUTTON}>
                  Delete <span className="sr-only">the saved search {search.name}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <NewSavedSearchForm />
    </section>
  );
}

function NewSavedSearchForm() {
  return (
    <form method="post" action="/api/v1/me/saved-searches" aria-labelledby="new-search-heading" className="space-y-3">
      <h3 id="new-search-heading" className="font-semibold">
        Save a new search
      </h3>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className={FIELD}>
          <label htmlFor="new-search-status" className="font-medium">
            Status
          </label>
          <select id="new-search-status" name="status" defaultValue="" className={CONTROL}>
            <option value="">Any status</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <TextField id="new-search-kind" name="kind" label="Kind (core, feature, maintenance)" />
        <TextField id="new-search-area" name="area" label="Area (a label, as client-server)" />
        <TextField id="new-search-q" name="q" label="Text in the title or description" />
        <TextField id="new-search-name" name="name" label="Name (optional)" maxLength={NAME_MAX} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="mine" /> Only MSCs I author
      </label>
      <button type="submit" className={BUTTON}>
        Save search
      </button>
    </form>
  );
}

function TextField(props: { id: string; name: string; label: string; maxLength?: number }) {
  return (
    <div className={FIELD}>
      <label htmlFor={props.id} className="font-medium">
        {props.label}
      </label>
      <input id={props.id} name={props.name} maxLength={props.maxLength} className={CONTROL} />
    </div>
  );
}
