import { z } from "zod";

// The bundled snapshot's shape: real MSC records built by scripts/build-snapshot.ts
// from the project's shared data, loaded into an empty database on first start.

export const snapshotRecordSchema = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  author: z.string().nullable(),
  state: z.enum(["open", "closed", "merged"]),
  isPullRequest: z.boolean().nullable(),
  /** null when the label set was never observed: it does not mean "no labels". */
  labels: z.array(z.string()).nullable(),
  createdAt: z.string().nullable(),
  mergedAt: z.string().nullable(),
  proposalPath: z.string().nullable(),
  mscbotComments: z.array(z.object({ at: z.string(), body: z.string() })),
});

export const snapshotSchema = z.object({
  description: z.string(),
  /** The newest date observed anywhere in the records. */
  dataAsOf: z.string(),
  records: z.array(snapshotRecordSchema),
});

export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
