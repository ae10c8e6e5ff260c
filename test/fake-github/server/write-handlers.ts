import type { HandlerInput, HandlerResult } from "./handlers";
import type { EndpointName } from "./routes";

// The writes the tracker's write-back makes, answered as GitHub answers them (status,
// body shape, error wording) and applied to the fake's state, so a later GET or sync
// sees them: labels change with labeled/unlabeled events by the token's user, comments
// are authored by that user.

type WriteEndpoint = Extract<
  EndpointName,
  "issues/add-labels" | "issues/remove-label" | "issues/create-comment" | "issues/update-comment"
>;

const DOCS = "https://docs.github.com/rest/issues";

const notFound = (documentation: string, message = "Not Found"): HandlerResult => ({
  status: 404,
  body: { message, documentation_url: documentation, status: "404" },
});

/** GitHub's answer to a body that does not fit the operation. */
const invalid = (documentation: string, field: string): HandlerResult => ({
  status: 422,
  body: {
    message: "Validation Failed",
    errors: [{ resource: "IssueComment", code: "missing_field", field }],
    documentation_url: documentation,
    status: "422",
  },
});

/** The label names of POST .../labels: ["a"], {labels: ["a"]} or {labels: [{name: "a"}]}. */
function labelNames(body: unknown): string[] | null {
  const list = Array.isArray(body) ? body : (body as { labels?: unknown } | null)?.labels;
  if (!Array.isArray(list) || list.length === 0) return null;
  const names = list.map((item) => (typeof item === "string" ? item : (item as { name?: unknown })?.name));
  return names.every((name): name is string => typeof name === "string" && name.trim() !== "") ? names : null;
}

function commentBody(body: unknown): string | null {
  const text = (body as { body?: unknown } | null)?.body;
  return typeof text === "string" && text.trim() !== "" ? text : null;
}

export const WRITE_HANDLERS: Record<WriteEndpoint, (input: HandlerInput) => HandlerResult> = {
  "issues/add-labels": ({ state, issueNumber, body, actor }) => {
    const docs = `${DOCS}/labels#add-labels-to-an-issue`;
    const issue = state.dataset.issues.find((i) => i.number === issueNumber);
    if (!issue) return notFound(docs);
    const names = labelNames(body);
    if (!names) {
      return {
        status: 422,
        body: {
          message: 'Invalid request.\n\nNo subschema in "anyOf" matched.',
          documentation_url: docs,
          status: "422",
        },
      };
    }
    state.addLabels(issue.number, names, actor);
    return { status: 200, body: issue.labels };
  },

  "issues/remove-label": ({ state, issueNumber, labelName, actor }) => {
    const docs = `${DOCS}/labels#remove-a-label-from-an-issue`;
    const issue = state.dataset.issues.find((i) => i.number === issueNumber);
    if (!issue) return notFound(docs);
    // GitHub matches the name case-insensitively and says so when the issue lacks it.
    const label = issue.labels.find((l) => l.name.toLowerCase() === (labelName ?? "").toLowerCase());
    if (!label) return notFound(docs, "Label does not exist");
    state.removeLabels(issue.number, [label.name], actor);
    return { status: 200, body: issue.labels };
  },

  "issues/create-comment": ({ state, issueNumber, body, actor }) => {
    const docs = `${DOCS}/comments#create-an-issue-comment`;
    if (!state.dataset.issues.some((i) => i.number === issueNumber)) return notFound(docs);
    const text = commentBody(body);
    if (text === null) return invalid(docs, "body");
    return { status: 201, body: state.addComment(issueNumber!, { author: actor ?? "ghost", body: text }) };
  },

  "issues/update-comment": ({ state, commentId, body }) => {
    const docs = `${DOCS}/comments#update-an-issue-comment`;
    if (!state.dataset.comments.some((c) => c.id === commentId)) return notFound(docs);
    const text = commentBody(body);
    if (text === null) return invalid(docs, "body");
    return { status: 200, body: state.editComment(commentId!, text) };
  },
};
