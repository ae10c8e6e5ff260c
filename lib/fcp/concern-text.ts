/**
 * The form two concern texts are compared in: trimmed, runs of whitespace made one
 * space, lower-cased. mscbot resolves by "exact concern text", but a person retyping a
 * concern in a form should not have to match stray spaces or capitals.
 */
export function concernKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The open concern (unresolved) whose text matches, if any. */
export function findOpenConcern<C extends { text: string; resolvedAt: Date | null }>(
  concerns: C[],
  text: string,
): C | undefined {
  const key = concernKey(text);
  return concerns.find((c) => c.resolvedAt === null && concernKey(c.text) === key);
}
