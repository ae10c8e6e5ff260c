import { describe, expect, it } from "vitest";
import { readMscbotFixture } from "@/test/fixtures/mscbot/read-mscbot-fixture";
import { parseMscbotCommands } from "./parse-mscbot-commands";

describe("parseMscbotCommands", () => {
  it("reads the two real concern commands of one comment, in order", () => {
    expect(parseMscbotCommands(readMscbotFixture("19-human-concern-commands-multi-2024.txt"))).toEqual([
      { kind: "concern", text: "We must deprecate before removal" },
      { kind: "concern", text: "Mention intentional mentions" },
    ]);
  });

  it("reads every command and alias", () => {
    const body = [
      "@mscbot fcp merge",
      "@mscbot fcp close",
      "@mscbot fcp postpone",
      "@mscbot fcp cancel",
      "@mscbot concern Needs an implementation",
      "@mscbot resolve Needs an implementation",
      "@mscbot resolved Needs an implementation",
      "@mscbot review",
      "@mscbot reviewed",
    ].join("\n");
    expect(parseMscbotCommands(body)).toEqual([
      { kind: "fcp-propose", disposition: "merge" },
      { kind: "fcp-propose", disposition: "close" },
      { kind: "fcp-propose", disposition: "postpone" },
      { kind: "fcp-cancel" },
      { kind: "concern", text: "Needs an implementation" },
      { kind: "resolve", text: "Needs an implementation" },
      { kind: "resolve", text: "Needs an implementation" },
      { kind: "review" },
      { kind: "review" },
    ]);
  });

  it("finds commands among prose, as a real proposing comment has them", () => {
    const body = "This has been implemented in Synapse and Element for a year.\n\n@mscbot fcp merge\n\nThanks all!";
    expect(parseMscbotCommands(body)).toEqual([{ kind: "fcp-propose", disposition: "merge" }]);
  });

  it("keeps concern text exactly, backticks, tildes and inner spacing included", () => {
    const body = "@mscbot concern `m.room.member` ~~maybe~~  needs   care\n@mscbot resolve a ~ b";
    expect(parseMscbotCommands(body)).toEqual([
      { kind: "concern", text: "`m.room.member` ~~maybe~~  needs   care" },
      { kind: "resolve", text: "a ~ b" },
    ]);
  });

  it("tolerates leading and trailing whitespace and CRLF line endings", () => {
    expect(parseMscbotCommands("  @mscbot concern Spaces around   \r\n\t@mscbot fcp merge\t\r\n")).toEqual([
      { kind: "concern", text: "Spaces around" },
      { kind: "fcp-propose", disposition: "merge" },
    ]);
  });

  it("ignores commands in fenced code blocks", () => {
    const body =
      "To propose, write:\n```\n@mscbot fcp merge\n```\n~~~text\n@mscbot concern Example\n~~~\n@mscbot review";
    expect(parseMscbotCommands(body)).toEqual([{ kind: "review" }]);
  });

  it("ignores quoted commands: quoting someone's command is not giving it", () => {
    const body = "> @mscbot fcp close\n>@mscbot concern Quoted\n> > @mscbot review\n\nI disagree with the above.";
    expect(parseMscbotCommands(body)).toEqual([]);
  });

  it("requires @mscbot to be exactly the first word", () => {
    const body = [
      "Hey @mscbot fcp merge",
      "@mscbot: fcp merge",
      "@MSCBot fcp merge",
      "@mscbotx fcp merge",
      "`@mscbot fcp merge`",
      "@mscbot",
    ].join("\n");
    expect(parseMscbotCommands(body)).toEqual([]);
  });

  it("is case-sensitive on the command word, as mscbot-python is", () => {
    expect(parseMscbotCommands("@mscbot FCP merge\n@mscbot fcp Merge\n@mscbot Concern Foo")).toEqual([]);
  });

  it("ignores unknown commands and commands without their argument", () => {
    const body = [
      "@mscbot fcp merged",
      "@mscbot fcp",
      "@mscbot concern",
      "@mscbot concern   ",
      "@mscbot resolve",
      "@mscbot merge",
      "@mscbot f? @someone",
      "@mscbot concern Kept",
    ].join("\n");
    expect(parseMscbotCommands(body)).toEqual([{ kind: "concern", text: "Kept" }]);
  });

  it("ignores words after the disposition and after review, as mscbot does", () => {
    expect(parseMscbotCommands("@mscbot fcp merge as discussed\n@mscbot reviewed with thanks")).toEqual([
      { kind: "fcp-propose", disposition: "merge" },
      { kind: "review" },
    ]);
  });

  it("does not strip punctuation from the command word, as mscbot does not", () => {
    expect(parseMscbotCommands("@mscbot reviewed, looks good\n@mscbot fcp merge.")).toEqual([]);
  });

  it("returns nothing for an empty comment", () => {
    expect(parseMscbotCommands("")).toEqual([]);
  });
});
