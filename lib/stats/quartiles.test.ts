import { describe, expect, it } from "vitest";
import { quartiles } from "./quartiles";

describe("quartiles", () => {
  it("has nothing to say about no values", () => {
    expect(quartiles([])).toBeNull();
  });

  it("gives one value as every quartile", () => {
    expect(quartiles([7])).toEqual({ n: 1, q1: 7, median: 7, q3: 7 });
  });

  it("interpolates between ranks, whatever the input order", () => {
    expect(quartiles([4, 1, 3, 2])).toEqual({ n: 4, q1: 1.75, median: 2.5, q3: 3.25 });
    expect(quartiles([10, 20, 30, 40, 50])).toEqual({ n: 5, q1: 20, median: 30, q3: 40 });
  });
});
