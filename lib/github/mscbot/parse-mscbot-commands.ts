// Reads the commands a person gave mscbot, as mscbot-python does: a line whose first
// whitespace-separated word is exactly `@mscbot`, then a case-sensitive command word.
// Who may command (SCT members) and that edits are not read are the caller's rules.
// Unlike mscbot-python, fenced code and quotes are skipped: quoting or documenting a
// command is not giving it. Concern text keeps its inner spacing, where mscbot-python
// joins words with one space: collapse whitespace on both sides to match a `resolve`.

import { proseLines } from "../markdown/prose-lines";
import { type FcpDisposition, isFcpDisposition } from "./fcp-disposition";

export type MscbotCommand =
  | { kind: "fcp-propose"; disposition: FcpDisposition }
  | { kind: "fcp-cancel" }
  | { kind: "concern"; text: string }
  | { kind: "resolve"; text: string }
  | { kind: "review" };

const COMMAND_LINE = /^@mscbot(?:\s+(\S+)(?:\s+(.*))?)?$/;

export function parseMscbotCommands(body: string): MscbotCommand[] {
  const commands: MscbotCommand[] = [];
  for (const line of proseLines(body)) {
    const match = COMMAND_LINE.exec(line.trim());
    const command = match?.[1] ? toCommand(match[1], match[2]?.trim() ?? "") : null;
    if (command) commands.push(command);
  }
  return commands;
}

function toCommand(name: string, argument: string): MscbotCommand | null {
  switch (name) {
    case "fcp": {
      // mscbot reads only the word after `fcp`; anything after it is commentary.
      const word = argument.split(/\s+/, 1)[0];
      if (word === "cancel") return { kind: "fcp-cancel" };
      return isFcpDisposition(word) ? { kind: "fcp-propose", disposition: word } : null;
    }
    case "concern":
      return argument ? { kind: "concern", text: argument } : null;
    case "resolve":
    case "resolved":
      return argument ? { kind: "resolve", text: argument } : null;
    case "review":
    case "reviewed":
      return { kind: "review" };
    default:
      return null;
  }
}
