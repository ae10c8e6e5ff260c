import { describe, expect, it } from "vitest";
import { classifyLabels } from "./classify-labels";

describe("classifyLabels", () => {
  it("finds the kind and keeps every non-process label as an area", () => {
    expect(
      classifyLabels([
        "proposal",
        "kind:core",
        "client-server",
        "identity service",
        "disposition-merge",
        "final-comment-period",
      ]),
    ).toEqual({ kind: "core", areas: ["client-server", "identity service"] });
  });
  it("has no kind when no kind label is set", () => {
    expect(classifyLabels(["proposal", "s2s"])).toEqual({ kind: null, areas: ["s2s"] });
  });
});
