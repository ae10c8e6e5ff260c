// One spelling per column default, so that the default schema.prisma implies and the
// expression PostgreSQL stores (pg_get_expr, which adds casts and rewrites literals)
// compare equal exactly when they mean the same thing.

export const AUTOINCREMENT = "autoincrement()";
export const NOW = "now()";

/** Canonical form of a default as PostgreSQL prints it; null stays null. */
export function canonicalDefault(expression: string | null): string | null {
  if (expression === null) return null;
  const sql = stripParentheses(expression.trim());
  if (/^nextval\(/i.test(sql)) return AUTOINCREMENT;
  if (/^(current_timestamp|now\(\))$/i.test(sql)) return NOW;
  const items = arrayConstructorItems(sql);
  if (items) return `[${items.map((item) => canonicalDefault(item)).join(", ")}]`;
  const literal = /^'((?:[^']|'')*)'((?:::[^':]+)*)$/s.exec(sql);
  if (literal) return canonicalLiteral(literal[1]!.replaceAll("''", "'"), literal[2] ?? "");
  return canonicalNumber(sql);
}

/** Numbers compare by value: "1.50" and "1.5" are one default. Other text is kept. */
export function canonicalNumber(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const whole = match[2]!.replace(/^0+(?=\d)/, "");
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  const sign = match[1] && (whole !== "0" || fraction) ? "-" : "";
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** JSON compares by value: PostgreSQL reprints a jsonb literal with its own spacing. */
export function canonicalJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

function canonicalLiteral(value: string, casts: string): string {
  // An array written as a literal, e.g. '{}'::text[] or '{a,b}'::"Kind"[].
  const isArray = casts.includes("[]") && value.startsWith("{") && value.endsWith("}");
  if (!isArray) return value;
  const items = value
    .slice(1, -1)
    .split(",")
    .filter((item) => item !== "");
  return `[${items.map((item) => item.replace(/^"|"$/g, "")).join(", ")}]`;
}

function stripParentheses(sql: string): string {
  let result = sql;
  while (result.startsWith("(") && result.endsWith(")") && isBalanced(result.slice(1, -1))) {
    result = result.slice(1, -1).trim();
  }
  return result;
}

/** False for "a) + (b", whose outer parentheses are not a pair. */
function isBalanced(sql: string): boolean {
  let depth = 0;
  for (const char of sql) {
    depth += char === "(" ? 1 : char === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The items of ARRAY[...] (optionally followed by casts), or null for other SQL. */
function arrayConstructorItems(sql: string): string[] | null {
  if (!/^ARRAY\[/i.test(sql)) return null;
  const close = closingBracket(sql, "ARRAY".length);
  const rest = sql.slice(close + 1);
  return close > 0 && (rest === "" || rest.startsWith("::")) ? splitTopLevel(sql.slice("ARRAY[".length, close)) : null;
}

function closingBracket(sql: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let at = open; at < sql.length; at++) {
    const char = sql[at];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === "[") depth++;
    else if (!quoted && char === "]" && --depth === 0) return at;
  }
  return -1;
}

/** Splits on commas outside quotes, parentheses and brackets. */
function splitTopLevel(sql: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of sql) {
    if (char === "'") quoted = !quoted;
    else if (!quoted && (char === "(" || char === "[")) depth++;
    else if (!quoted && (char === ")" || char === "]")) depth--;
    if (char === "," && depth === 0 && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim() !== "" || parts.length > 0) parts.push(current.trim());
  return parts;
}
