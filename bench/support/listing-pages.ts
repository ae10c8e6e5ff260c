import type { GitHubDataset } from "@/test/fake-github/dataset/github-types";

// The floor a full sync cannot beat: every repository-wide listing read once at GitHub's
// largest page size. A sync near this number makes no per-MSC requests.

const PER_PAGE = 100;
const pages = (items: number) => Math.max(1, Math.ceil(items / PER_PAGE));

export type ListingPages = {
  issues: number;
  comments: number;
  events: number;
  labels: number;
  team: number;
  total: number;
};

export function listingPages(dataset: GitHubDataset): ListingPages {
  const counts = {
    issues: pages(dataset.issues.length),
    comments: pages(dataset.comments.length),
    events: pages(dataset.events.length),
    labels: pages(dataset.labels.length),
    team: pages(dataset.teamMembers.length),
  };
  return { ...counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
}
