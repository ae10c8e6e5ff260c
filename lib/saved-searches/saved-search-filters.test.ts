import { describe, expect, it } from "vitest";
import {
  decodeFilters,
  defaultName,
  describeFilters,
  encodeFilters,
  filtersOf,
  hasFilters,
  savedFiltersSchema,
  savedSearchHref,
} from "./saved-search-filters";

describe("saved search filters", () => {
  it("encode only the filters, in the list's canonical order, so equal searches store equal text", () => {
    expect(encodeFilters({ kind: "core", status: "fcp" })).toBe("status=fcp&kind=core");
    expect(encodeFilters({ status: "fcp", kind: "core" })).toBe("status=fcp&kind=core");
    expect(encodeFilters({})).toBe("");
    expect(filtersOf({ q: "sync", sort: "title", page: 3, per_page: 10 })).toEqual({ q: "sync" });
    expect(hasFilters({ sort: "title", page: 2 })).toBe(false);
    expect(hasFilters({ area: "client-server" })).toBe(true);
  });

  it("decode with the list's schema, refusing what the list would refuse", () => {
    expect(decodeFilters("status=fcp&kind=core")).toEqual({ status: "fcp", kind: "core", page: 1, per_page: 50 });
    expect(decodeFilters("status=nonsense")).toBeNull();
    expect(savedFiltersSchema.safeParse({ status: "nonsense" }).success).toBe(false);
    expect(savedFiltersSchema.parse({ author: "@Alice", sort: "title" })).toEqual({ author: "Alice" });
  });

  it("describe the filters in words and name a search after them", () => {
    expect(describeFilters("q=room+keys&status=fcp&kind=core", true)).toBe(
      "text “room keys” · status Final comment period · kind core · authored by me",
    );
    expect(describeFilters("", true)).toBe("authored by me");
    expect(defaultName("kind=core&area=client-server", false)).toBe("kind core · area client-server");
    const long = defaultName(`q=${"x".repeat(200)}`, false);
    expect(long).toHaveLength(100);
    expect(long.endsWith("…")).toBe(true);
  });

  it("link to the list's view of the filters", () => {
    expect(savedSearchHref("status=fcp&kind=core")).toBe("/proposals?status=fcp&kind=core");
    expect(savedSearchHref("")).toBe("/proposals");
    expect(savedSearchHref("status=gone")).toBe("/proposals");
    expect(savedSearchHref("kind=core", "alice")).toBe("/proposals?kind=core&author=alice");
    expect(savedSearchHref("author=bob", "alice")).toBe("/proposals?author=bob");
  });
});
