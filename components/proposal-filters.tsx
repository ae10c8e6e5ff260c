import Link from "next/link";
import { DEFAULT_PER_PAGE, type ProposalQuery } from "@/lib/proposals/proposal-query";
import { STATUSES, STATUS_LABELS } from "@/lib/proposals/status";

// A plain GET form: it works without JavaScript, and submitting it puts every filter in
// the address, so the resulting view is a link to share. Sort and page size ride along
// in hidden fields; the page goes back to 1 because the matches change.

const STATE_CHOICES = [
  ["", "Open, closed or merged"],
  ["open", "Open"],
  ["closed", "Closed without merging"],
  ["merged", "Merged"],
] as const;

const field = "flex flex-col gap-1 text-sm";
const control =
  "rounded border border-zinc-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100";

export function ProposalFilters({ query, kinds, areas }: { query: ProposalQuery; kinds: string[]; areas: string[] }) {
  return (
    <form method="get" action="/proposals" role="search" aria-label="Filter proposals" className="space-y-3">
      <div className={field}>
        <label htmlFor="filter-q" className="font-medium">
          Search
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          aria-describedby="filter-q-hint"
          className={`${control} max-w-xl`}
        />
        <p id="filter-q-hint" className="text-zinc-600 dark:text-zinc-400">
          An MSC number, or words from the title or description.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Choice id="filter-status" name="status" label="Status" value={query.status} anyLabel="Any status">
          {STATUSES.map((s) => [s, STATUS_LABELS[s]] as const)}
        </Choice>
        <Choice id="filter-state" name="state" label="GitHub state" value={query.state} anyLabel={STATE_CHOICES[0][1]}>
          {STATE_CHOICES.slice(1)}
        </Choice>
        <Choice id="filter-kind" name="kind" label="Kind" value={query.kind} anyLabel="Any kind">
          {withCurrent(kinds, query.kind).map((k) => [k, k] as const)}
        </Choice>
        <Choice id="filter-area" name="area" label="Area" value={query.area} anyLabel="Any area">
          {withCurrent(areas, query.area).map((a) => [a, a] as const)}
        </Choice>
        <Login id="filter-author" name="author" label="Author (GitHub login)" value={query.author} />
        <Login id="filter-shepherd" name="shepherd" label="Shepherd (GitHub login)" value={query.shepherd} />
      </div>
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.order && <input type="hidden" name="order" value={query.order} />}
      {query.per_page !== DEFAULT_PER_PAGE && <input type="hidden" name="per_page" value={query.per_page} />}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          Apply filters
        </button>
        <Link href="/proposals" className="text-sm underline underline-offset-4">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

function Choice(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  children: readonly (readonly [string, string])[];
}) {
  return (
    <div className={field}>
      <label htmlFor={props.id} className="font-medium">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={control}>
        <option value="">{props.anyLabel}</option>
        {props.children.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Login({ id, name, label, value }: { id: string; name: string; label: string; value: string | undefined }) {
  return (
    <div className={field}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        name={name}
        defaultValue={value ?? ""}
        autoComplete="off"
        spellCheck={false}
        className={control}
      />
    </div>
  );
}

/** A value from a shared link that no proposal uses any more still shows as chosen. */
function withCurrent(values: string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}
