import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

// GitHub's own response schemas, from the OpenAPI description in @octokit/openapi.
// The dereferenced file is 73 MB; parsing it takes about a second and 250 MB, so it is
// read once per test file rather than extracted into a committed copy.

type Operation = {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
};
type OpenApi = { info: { version: string }; paths: Record<string, Record<string, Operation>> };

const require = createRequire(import.meta.url);
let spec: OpenApi | null = null;

function loadSpec(): OpenApi {
  spec ??= JSON.parse(
    readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.deref.json"), "utf8"),
  ) as OpenApi;
  return spec;
}

export function openApiVersion(): string {
  return (require("@octokit/openapi/package.json") as { version: string }).version;
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: Ajv understands it only beside `type`,
 * and GitHub's description also puts it beside `allOf`/`anyOf`.
 */
function nullableToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableToJsonSchema);
  if (!node || typeof node !== "object") return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, nullableToJsonSchema(v)]));
  if (nullable !== true) return converted;
  if (typeof converted.type === "string") {
    const withNull: Record<string, unknown> = { ...converted, type: [converted.type, "null"] };
    if (Array.isArray(converted.enum)) withNull.enum = [...(converted.enum as unknown[]), null];
    return withNull;
  }
  return { anyOf: [converted, { type: "null" }] };
}

/** A GitHub operation's response schema, e.g. "issues/list-for-repo" (200) or "issues/create-comment" (201). */
export function responseSchema(operationId: string, status = "200"): object {
  for (const item of Object.values(loadSpec().paths)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== operationId) continue;
      const schema = operation.responses?.[status]?.content?.["application/json"]?.schema;
      if (!schema) throw new Error(`${operationId} has no ${status} application/json schema`);
      return schema;
    }
  }
  throw new Error(`no operation ${operationId} in the OpenAPI description`);
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

/** Validation errors of `body` against the operation's response schema (empty when valid). */
export function schemaErrors(operationId: string, body: unknown, status = "200"): string[] {
  const key = `${operationId} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(nullableToJsonSchema(responseSchema(operationId, status)) as object);
    validators.set(key, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
