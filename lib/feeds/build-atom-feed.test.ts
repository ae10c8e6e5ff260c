import { xml2js, type Element } from "xml-js";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, type AtomFeed } from "./build-atom-feed";

// xml-js parses with sax in strict mode: a document that is not well-formed throws.
function parse(xml: string): Element {
  const document = xml2js(xml, { compact: false }) as Element;
  const root = document.elements?.find((e) => e.type === "element");
  if (!root) throw new Error("no root element");
  return root;
}
const children = (element: Element, name: string) => (element.elements ?? []).filter((e) => e.name === name);
const child = (element: Element, name: string) => children(element, name)[0];
/** Text or CDATA content of an element. */
const content = (element: Element | undefined) =>
  (element?.elements ?? []).map((e) => (e.type === "cdata" ? e.cdata : e.text)).join("");

const feed: AtomFeed = {
  id: "tag:tracker.example,2026:feeds/status",
  title: "MSC Tracker: status changes",
  subtitle: "Every move",
  selfUrl: "https://tracker.example/feeds/status.atom",
  siteUrl: "https://tracker.example/",
  entries: [
    {
      id: "tag:tracker.example,2026:event/12",
      title: "MSC4543 moved from In review to Proposed FCP",
      link: "https://tracker.example/proposals/4543",
      updated: new Date("2026-09-02T08:00:00Z"),
      summary: "Sliding Sync. Status: Proposed FCP.",
      author: "turt2live",
    },
    {
      id: "tag:tracker.example,2026:event/11",
      title: "MSC1234 entered as In review",
      link: "https://tracker.example/proposals/1234",
      updated: new Date("2026-09-01T08:00:00Z"),
      summary: "Something.",
      author: null,
    },
  ],
};

describe("buildAtomFeed", () => {
  it("writes an Atom 1.0 feed whose entries carry the given ids, links, times and authors", () => {
    const root = parse(buildAtomFeed(feed));
    expect(root.name).toBe("feed");
    expect(root.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(content(child(root, "id"))).toBe(feed.id);
    expect(content(child(root, "title"))).toBe(feed.title);
    // The feed's time is its newest entry's, so the same data gives the same bytes.
    expect(content(child(root, "updated"))).toBe("2026-09-02T08:00:00.000Z");
    expect(children(root, "link").map((l) => l.attributes)).toEqual([
      { rel: "alternate", href: "https://tracker.example/" },
      { rel: "self", href: "https://tracker.example/feeds/status.atom" },
    ]);
    expect(content(child(child(root, "author")!, "name"))).toBe("MSC Tracker");

    const entries = children(root, "entry");
    expect(entries.map((e) => content(child(e, "id")))).toEqual([
      "tag:tracker.example,2026:event/12",
      "tag:tracker.example,2026:event/11",
    ]);
    expect(entries.map((e) => child(e, "link")?.attributes?.href)).toEqual([
      "https://tracker.example/proposals/4543",
      "https://tracker.example/proposals/1234",
    ]);
    expect(entries.map((e) => content(child(e, "updated")))).toEqual([
      "2026-09-02T08:00:00.000Z",
      "2026-09-01T08:00:00.000Z",
    ]);
    expect(content(child(entries[0]!, "title"))).toBe("MSC4543 moved from In review to Proposed FCP");
    expect(content(child(entries[0]!, "summary"))).toBe("Sliding Sync. Status: Proposed FCP.");
    const author = child(entries[0]!, "author")!;
    expect([content(child(author, "name")), content(child(author, "uri"))]).toEqual([
      "turt2live",
      "https://github.com/turt2live",
    ]);
    expect(child(entries[1]!, "author")).toBeUndefined();
  });

  it("keeps hostile titles plain text: escaped for HTML, never ending the CDATA", () => {
    const hostile = `<img src=x onerror="alert(1)"> ]]> & 'q' \u0000\u001b`;
    const xml = buildAtomFeed({
      ...feed,
      title: `MSC1: ${hostile}`,
      entries: [{ ...feed.entries[0]!, title: hostile, summary: hostile, author: "<b>x</b>" }],
    });
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<b>");
    const root = parse(xml);
    expect(content(child(root, "title"))).toBe(`MSC1: <img src=x onerror="alert(1)"> ]]> & 'q' `);
    const entry = child(root, "entry")!;
    expect(child(entry, "title")?.attributes?.type).toBe("html");
    const escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; ]]&gt; &amp; &#39;q&#39; ";
    expect(content(child(entry, "title"))).toBe(escaped);
    expect(content(child(entry, "summary"))).toBe(escaped);
    // Not a GitHub login: shown as a name, with no link built from it.
    expect(content(child(child(entry, "author")!, "name"))).toBe("<b>x</b>");
    expect(child(child(entry, "author")!, "uri")).toBeUndefined();
  });

  it("writes an empty feed that is still valid: id, title, updated and an author, no entries", () => {
    const root = parse(buildAtomFeed({ ...feed, entries: [] }));
    expect(content(child(root, "id"))).toBe(feed.id);
    expect(content(child(root, "updated"))).toBe("1970-01-01T00:00:00.000Z");
    expect(child(root, "author")).toBeDefined();
    expect(children(root, "entry")).toEqual([]);
  });
});
