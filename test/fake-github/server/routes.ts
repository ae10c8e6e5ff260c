// Which GitHub operation a request path names. Repository endpoints answer both at
// /repos/{owner}/{repo}/... and at /repositories/{id}/..., the form GitHub uses in its
// Link headers; the organisation team has both forms too. The method picks the
// operation: GET and HEAD read, the write operations are the ones write-back uses.

export type EndpointName =
  | "issues/list-for-repo"
  | "issues/get"
  | "issues/list-comments"
  | "issues/list-comments-for-repo"
  | "issues/list-events-for-repo"
  | "issues/list-labels-for-repo"
  | "teams/list-members-in-org"
  | "rate-limit/get"
  | "issues/list-labels-on-issue"
  | "issues/add-labels"
  | "issues/remove-label"
  | "issues/create-comment"
  | "issues/get-comment"
  | "issues/update-comment";

/** Operations that change the data: they need a token, and GitHub never answers them 304. */
export const WRITE_ENDPOINTS: readonly EndpointName[] = [
  "issues/add-labels",
  "issues/remove-label",
  "issues/create-comment",
  "issues/update-comment",
];

export type Route =
  | { kind: "endpoint"; endpoint: EndpointName; issueNumber?: number; commentId?: number; labelName?: string }
  | { kind: "renamed-repository"; rest: string }
  | { kind: "not-found" };

export type RouteContext = {
  owner: string;
  repo: string;
  repoId: number;
  formerNames: string[];
  org: string;
  orgId: number;
  teamSlug: string;
  teamId: number;
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function matchRoute(pathname: string, ctx: RouteContext, method = "GET"): Route {
  const verb = method === "HEAD" ? "GET" : method;
  if (pathname === "/rate_limit") return verb === "GET" ? { kind: "endpoint", endpoint: "rate-limit/get" } : notFound;
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  let rest: string[] | null = null;
  if (parts[0] === "repos" && parts.length >= 3 && same(parts[1]!, ctx.owner)) {
    if (same(parts[2]!, ctx.repo)) rest = parts.slice(3);
    else if (ctx.formerNames.some((name) => same(name, parts[2]!))) {
      return { kind: "renamed-repository", rest: parts.slice(3).join("/") };
    }
  } else if (parts[0] === "repositories" && parts[1] === String(ctx.repoId)) {
    rest = parts.slice(2);
  }
  if (rest) return verb === "GET" ? matchRepositoryRoute(rest) : matchRepositoryWrite(verb, rest);
  const isTeam =
    (parts[0] === "orgs" &&
      same(parts[1] ?? "", ctx.org) &&
      parts[2] === "teams" &&
      same(parts[3] ?? "", ctx.teamSlug)) ||
    (parts[0] === "organizations" &&
      parts[1] === String(ctx.orgId) &&
      parts[2] === "team" &&
      parts[3] === String(ctx.teamId));
  if (isTeam && parts[4] === "members" && parts.length === 5 && verb === "GET")
    return { kind: "endpoint", endpoint: "teams/list-members-in-org" };
  return { kind: "not-found" };
}

function matchRepositoryRoute(rest: string[]): Route {
  const [first, second, third] = rest;
  if (first === "labels" && rest.length === 1) return { kind: "endpoint", endpoint: "issues/list-labels-for-repo" };
  if (first !== "issues") return { kind: "not-found" };
  if (rest.length === 1) return { kind: "endpoint", endpoint: "issues/list-for-repo" };
  if (rest.length === 2 && second === "comments")
    return { kind: "endpoint", endpoint: "issues/list-comments-for-repo" };
  if (rest.length === 2 && second === "events") return { kind: "endpoint", endpoint: "issues/list-events-for-repo" };
  if (rest.length === 3 && second === "comments" && /^\d+$/.test(third ?? ""))
    return { kind: "endpoint", endpoint: "issues/get-comment", commentId: Number(third) };
  if (!/^\d+$/.test(second ?? "")) return { kind: "not-found" };
  const issueNumber = Number(second);
  if (rest.length === 2) return { kind: "endpoint", endpoint: "issues/get", issueNumber };
  if (rest.length === 3 && third === "comments")
    return { kind: "endpoint", endpoint: "issues/list-comments", issueNumber };
  if (rest.length === 3 && third === "labels")
    return { kind: "endpoint", endpoint: "issues/list-labels-on-issue", issueNumber };
  return { kind: "not-found" };
}

const notFound: Route = { kind: "not-found" };

function matchRepositoryWrite(verb: string, rest: string[]): Route {
  const [first, second, third, fourth] = rest;
  if (first !== "issues") return notFound;
  if (verb === "PATCH" && rest.length === 3 && second === "comments" && /^\d+$/.test(third ?? ""))
    return { kind: "endpoint", endpoint: "issues/update-comment", commentId: Number(third) };
  if (!/^\d+$/.test(second ?? "")) return notFound;
  const issueNumber = Number(second);
  if (verb === "POST" && rest.length === 3 && third === "labels")
    return { kind: "endpoint", endpoint: "issues/add-labels", issueNumber };
  if (verb === "DELETE" && rest.length === 4 && third === "labels")
    return { kind: "endpoint", endpoint: "issues/remove-label", issueNumber, labelName: fourth };
  if (verb === "POST" && rest.length === 3 && third === "comments")
    return { kind: "endpoint", endpoint: "issues/create-comment", issueNumber };
  return notFound;
}
