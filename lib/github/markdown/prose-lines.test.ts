import { describe, expect, it } from "vitest";
import { normalizeNewlines, proseLines } from "./prose-lines";

describe("normalizeNewlines", () => {
  it("turns CRLF and bare CR into LF", () => {
    expect(normalizeNewlines("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
  });
});

describe("proseLines", () => {
  it("returns every line of text without fences", () => {
    expect(proseLines("one\n\ntwo")).toEqual(["one", "", "two"]);
  });

  it("drops backtick and tilde fenced blocks, fences included", () => {
    expect(proseLines("a\n```\ncode\n```\nb\n~~~md\nmore\n~~~\nc")).toEqual(["a", "b", "c"]);
  });

  it("closes a fence only with the same character at least as long", () => {
    expect(proseLines("````\n```\n~~~\nstill code\n````\nafter")).toEqual(["after"]);
  });

  it("does not close a fence with a line that has an info string", () => {
    expect(proseLines("```\n```js\ncode\n```\nafter")).toEqual(["after"]);
  });

  it("treats an unclosed fence as running to the end", () => {
    expect(proseLines("before\n```\nnever closed\n")).toEqual(["before"]);
  });

  it("accepts indented fences, as in list items", () => {
    expect(proseLines("* item\n    ```\n    code\n    ```\nafter")).toEqual(["* item", "after"]);
  });

  it("does not open a fence on inline code with a backtick info string", () => {
    expect(proseLines("```inline``` text\nnext")).toEqual(["```inline``` text", "next"]);
  });

  it("handles CRLF text", () => {
    expect(proseLines("a\r\n```\r\ncode\r\n```\r\nb")).toEqual(["a", "b"]);
  });
});
