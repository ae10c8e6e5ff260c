import { describe, expect, it } from "vitest";
import { proposalFeed, statusChangesFeed } from "./compose-feeds";
import type { FeedEvent } from "./feed-event";

const site = { origin: "http://127.0.0.1:3000", hostname: "127.0.0.1" };
const event: FeedEvent = {
  key: "event/42",
  kind: "status.changed",
  at: new Date("2026-09-01T10:00:00Z"),
  actorLogin: "mscbot",
  data: { from: "in-review", to: "proposed-fcp" },
  proposalNumber: 4250,
  proposalTitle: "MSC4250: Something",
  disposition: null,
};

describe("the feeds' addresses and ids", () => {
  it("are absolute, on the origin the reader asked, with ids that never depend on text or time", () => {
    expect(statusChangesFeed([event], site)).toEqual({
      id: "tag:127.0.0.1,2026:feeds/status",
      title: "MSC Tracker: status changes",
      subtitle: expect.any(String),
      selfUrl: "http://127.0.0.1:3000/feeds/status.atom",
      siteUrl: "http://127.0.0.1:3000/",
      entries: [
        {
          id: "tag:127.0.0.1,2026:event/42",
          title: "MSC4250 moved from In review to Proposed FCP",
          link: "http://127.0.0.1:3000/proposals/4250",
          updated: event.at,
          summary: "MSC4250: Something. Status: Proposed FCP.",
          author: "mscbot",
        },
      ],
    });
  });

  it("name one MSC's feed after it and link it to its page", () => {
    const feed = proposalFeed({ number: 4250, title: "MSC4250: Something" }, [], site);
    expect(feed).toMatchObject({
      id: "tag:127.0.0.1,2026:feeds/proposals/4250",
      title: "MSC4250: Something",
      selfUrl: "http://127.0.0.1:3000/feeds/proposals/4250.atom",
      siteUrl: "http://127.0.0.1:3000/proposals/4250",
      entries: [],
    });
  });
});
