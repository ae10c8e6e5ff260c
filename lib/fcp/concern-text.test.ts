import { describe, expect, it } from "vitest";
import { concernKey, findOpenConcern } from "./concern-text";

describe("concernKey", () => {
  it("ignores surrounding and repeated whitespace and case", () => {
    expect(concernKey("  Needs an\n implementation ")).toBe("needs an implementation");
    expect(concernKey("A")).not.toBe(concernKey("B"));
  });
});

describe("findOpenConcern", () => {
  const open = { id: 1, text: "Needs an implementation", resolvedAt: null };
  const resolved = { id: 2, text: "Security review", resolvedAt: new Date() };

  it("finds an open concern by its text in any case or spacing", () => {
    expect(findOpenConcern([resolved, open], " needs AN implementation")).toBe(open);
  });

  it("never matches a resolved concern", () => {
    expect(findOpenConcern([resolved, open], "security review")).toBeUndefined();
  });
});
