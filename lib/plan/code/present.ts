// What POST /api/plan/import answers: what the import changed (or would change), item by item.
import { z } from "zod";
import { PLAN_PARTS } from "@/lib/plan/code/diff";

const itemValuesSchema = z.record(z.string(), z.unknown());

export const planImportReportSchema = z.object({
  /** False for a dry run, and when the document matches the plan. */
  applied: z.boolean(),
  /** The version the import made, or the plan's version when it made none. */
  version: z.string(),
  /** The version importing this document makes; null when it changes nothing. */
  wouldMakeVersion: z.string().nullable(),
  counts: z.object({ added: z.int(), changed: z.int(), removed: z.int() }),
  changes: z.array(
    z.object({
      part: z.enum(["document", ...PLAN_PARTS]),
      /** The item's stable key; "order" when the part's items are put in a new order. */
      key: z.string(),
      label: z.string(),
      change: z.enum(["added", "changed", "removed"]),
      /** The changed fields as they were (null for an added item), and as they become (null for a removed one). */
      before: itemValuesSchema.nullable(),
      after: itemValuesSchema.nullable(),
    }),
  ),
});
