import { z } from "zod";

// Inputs of the FCP actions. Numbers are coerced because forms post strings.

const proposalNumber = z.coerce.number().int().positive();
const roundId = z.coerce.number().int().positive();

export const proposeFcpInput = z.object({ proposalNumber, disposition: z.enum(["merge", "close", "postpone"]) });

export const recordPositionInput = z.object({
  proposalNumber,
  roundId,
  position: z.enum(["approve", "abstain", "recuse", "none"]),
  rationale: z.string().trim().max(2000).optional(),
});

const concernText = z.string().trim().min(1, "say what the concern is").max(500);

export const raiseConcernInput = z.object({ proposalNumber, text: concernText });

export const resolveConcernInput = z.union([
  z.object({ proposalNumber, concernId: z.coerce.number().int().positive() }),
  z.object({ proposalNumber, text: concernText }),
]);

export const cancelFcpInput = z.object({ proposalNumber, roundId, reason: z.string().trim().max(500).default("") });
