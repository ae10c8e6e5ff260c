// Splits GitHub markdown into lines a person wrote as prose, leaving out fenced code.
// Comments are edited in browsers and by bots, so line endings arrive as CRLF, LF or
// (rarely) a bare CR; all three are normalised here once.

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Lines outside fenced code blocks (``` or ~~~), in order. Per CommonMark a fence is
 * closed only by the same character at least as long, with nothing after it, and an
 * unclosed fence runs to the end of the text. Fences nested in list items are
 * indented, so any leading whitespace is accepted.
 */
export function proseLines(text: string): string[] {
  const lines: string[] = [];
  let openFence: string | null = null;
  for (const line of normalizeNewlines(text).split("\n")) {
    const fence = FENCE.exec(line);
    if (openFence === null) {
      // A backtick fence's info string may not contain backticks (CommonMark 4.5).
      if (fence?.[1] && !(fence[1].startsWith("`") && fence[2]?.includes("`"))) openFence = fence[1];
      else lines.push(line);
    } else if (fence?.[1] && fence[1][0] === openFence[0] && fence[1].length >= openFence.length && !fence[2]?.trim()) {
      openFence = null;
    }
  }
  return lines;
}
