import { describe, expect, it } from "vitest";
import { ANONYMOUS, describeRole, makeViewer, refusal, satisfies, type RequiredRole } from "./roles";

const contributor = makeViewer("alice", { isMember: false, isAdmin: false });
const member = makeViewer("turt2live", { isMember: true, isAdmin: false });
const admin = makeViewer("root", { isMember: false, isAdmin: true });
const memberAdmin = makeViewer("richvdh", { isMember: true, isAdmin: true });

describe("roles", () => {
  it("labels a viewer with the most they can do", () => {
    expect(ANONYMOUS.role).toBe("anonymous");
    expect(makeViewer(null, { isMember: true, isAdmin: true })).toEqual(ANONYMOUS);
    expect([contributor.role, member.role, admin.role, memberAdmin.role]).toEqual([
      "contributor",
      "member",
      "admin",
      "admin",
    ]);
  });

  it.each<[RequiredRole, boolean[]]>([
    // anonymous, contributor, member, admin (not member), member and admin
    ["anyone", [true, true, true, true, true]],
    ["contributor", [false, true, true, true, true]],
    ["member", [false, false, true, false, true]],
    ["admin", [false, false, false, true, true]],
  ])("requirement %s admits exactly the right viewers", (required, expected) => {
    const viewers = [ANONYMOUS, contributor, member, admin, memberAdmin];
    expect(viewers.map((viewer) => satisfies(viewer, required))).toEqual(expected);
  });

  it("an admin who is not on the team cannot vote", () => {
    expect(refusal(admin, "member", "vote")).toBe("Only Spec Core Team members can vote.");
  });

  it("says what to do: sign in first, or who may", () => {
    expect(refusal(ANONYMOUS, "member", "vote")).toBe("Sign in to vote.");
    expect(refusal(ANONYMOUS, "contributor", "follow proposals")).toBe("Sign in to follow proposals.");
    expect(refusal(contributor, "member", "vote")).toBe("Only Spec Core Team members can vote.");
    expect(refusal(member, "admin", "edit the member list")).toBe("Only admins can edit the member list.");
    expect(refusal(member, "member", "vote")).toBeNull();
  });

  it("describes roles for the header", () => {
    expect([contributor, member, admin, memberAdmin].map(describeRole)).toEqual([
      "contributor",
      "SCT member",
      "admin",
      "SCT member, admin",
    ]);
  });
});
