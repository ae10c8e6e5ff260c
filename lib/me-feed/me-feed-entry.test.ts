import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "@/lib/feeds/build-atom-feed";
import { privateAtomFeed } from "./compose-private-feed";
import { endingSoonEntry, eventEntry } from "./me-feed-entry";

const status = {
  id: 7n,
  kind: "status.changed",
  at: new Date("2026-11-19T10:00:00Z"),
  actorLogin: null,
  data: { from: "in-review", to: "proposed-fcp" },
  proposalNumber: 4543,
  proposalTitle: "MSC4543: Sliding <Sync>",
  disposition: null,
};
const round = {
  id: 3,
  proposalNumber: 4543,
  proposalTitle: "MSC4543: Sliding <Sync>",
  disposition: "merge",
  endsAt: new Date("2026-11-20T14:00:00Z"),
};
const site = { origin: "https://tracker.example", hostname: "tracker.example" };

describe("personal feed entries", () => {
  it("are new past the read event id, and derived ones past the read time", () => {
    const unread = { readUpToEventId: null, readAt: null };
    expect(eventEntry(status, unread).isNew).toBe(true);
    expect(eventEntry(status, { readUpToEventId: 7n, readAt: null }).isNew).toBe(false);
    expect(eventEntry(status, { readUpToEventId: 6n, readAt: null }).isNew).toBe(true);
    const soon = endingSoonEntry(round, unread);
    expect(soon.at.toISOString()).toBe("2026-11-19T14:00:00.000Z");
    expect(endingSoonEntry(round, { readUpToEventId: null, readAt: new Date("2026-11-19T14:00:01Z") }).isNew).toBe(
      false,
    );
    expect(endingSoonEntry(round, { readUpToEventId: 99n, readAt: new Date("2026-11-19T13:59:00Z") }).isNew).toBe(true);
  });

  it("word status moves as the public feeds do, and escape titles in Atom", () => {
    const entries = [
      eventEntry(status, { readUpToEventId: null, readAt: null }),
      endingSoonEntry(round, { readUpToEventId: null, readAt: null }),
    ];
    expect(entries[0]!.headline).toBe("MSC4543 moved from In review to Proposed FCP");
    const xml = buildAtomFeed(privateAtomFeed(entries, site));
    expect(xml).toContain("tag:tracker.example");
    expect(xml).toContain("Sliding &lt;Sync&gt;");
    expect(xml).not.toContain("<Sync>");
    expect(xml).toContain("https://tracker.example/me/feed");
  });
});
