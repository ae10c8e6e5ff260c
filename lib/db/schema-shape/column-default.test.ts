import { describe, expect, it } from "vitest";
import { canonicalDefault, canonicalNumber } from "./column-default";

describe("canonicalDefault", () => {
  it("reads the defaults Prisma Migrate writes, as pg_get_expr prints them back", () => {
    expect(canonicalDefault("nextval('votes_id_seq'::regclass)")).toBe("autoincrement()");
    expect(canonicalDefault("CURRENT_TIMESTAMP")).toBe("now()");
    expect(canonicalDefault("now()")).toBe("now()");
    expect(canonicalDefault("false")).toBe("false");
    expect(canonicalDefault("'running'::\"SyncOutcome\"")).toBe("running");
    expect(canonicalDefault("'{}'::jsonb")).toBe("{}");
    expect(canonicalDefault("ARRAY[]::text[]")).toBe("[]");
    expect(canonicalDefault("ARRAY['a'::text, 'it''s'::text]")).toBe("[a, it's]");
    expect(canonicalDefault("'{}'::integer[]")).toBe("[]");
    expect(canonicalDefault("(-1)")).toBe("-1");
    expect(canonicalDefault(null)).toBeNull();
  });

  it("keeps other expressions as they are, so they still compare", () => {
    expect(canonicalDefault("gen_random_uuid()")).toBe("gen_random_uuid()");
    expect(canonicalDefault("(a) + (b)")).toBe("(a) + (b)");
  });
});

describe("canonicalNumber", () => {
  it("compares numbers by value", () => {
    expect(canonicalNumber("1.50")).toBe("1.5");
    expect(canonicalNumber("007")).toBe("7");
    expect(canonicalNumber("2.0")).toBe("2");
    expect(canonicalNumber("-0")).toBe("0");
    expect(canonicalNumber("abc")).toBe("abc");
  });
});
