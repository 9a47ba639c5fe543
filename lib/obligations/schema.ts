import { z } from "zod";
import { ObligationClockStart } from "@/lib/generated/prisma/enums";
import { dateTime, id, text } from "@/lib/input";
import { parsePeriod } from "@/lib/obligations/deadlines";
import { OBLIGATION_PRESETS } from "@/lib/obligations/presets";
import { DEADLINE_BASES } from "@/lib/obligations/types";

const PERIOD_REFUSED = 'must be a length of time such as "4h", "72h", "3d" or "1mo"';

const period = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : PERIOD_REFUSED) })
  .trim()
  .max(20, PERIOD_REFUSED)
  .refine((value) => parsePeriod(value) !== null, PERIOD_REFUSED);

const slug = z
  .string({ error: "must be text" })
  .trim()
  .max(60, "must be at most 60 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens, such as initial-notification");

export const clockStartSchema = z.enum(ObligationClockStart, { error: "must be classification or detection" });

/** One deadline as an admin writes it; its key comes from its name when left out. */
export const deadlineInputSchema = z.strictObject({
  key: slug.optional(),
  name: text({ min: 1, max: 80 }),
  within: period,
  from: z.enum(DEADLINE_BASES, { error: "must be clock_start, detection or previous_report" }),
  atMostAfterDetection: period.nullable().default(null),
});

/** Deadlines in order: the first counts from no report, and no two share a key. */
export function deadlineList<Item extends z.ZodType<{ key?: string; from: string }>>(item: Item) {
  return z
    .array(item)
    .min(1, "must have at least one deadline")
    .max(10, "must have at most 10 deadlines")
    .superRefine((deadlines, context) => {
      if (deadlines[0]?.from === "previous_report") {
        context.addIssue({ code: "custom", path: [0, "from"], message: "cannot be the previous report: the first deadline has none before it" });
      }
      const keys = deadlines.map((deadline) => deadline.key).filter(Boolean);
      const twice = keys.find((key, index) => keys.indexOf(key) !== index);
      if (twice) context.addIssue({ code: "custom", message: `must not use the key "${twice}" twice` });
    });
}

const deadlinesSchema = deadlineList(deadlineInputSchema);

export const updateObligationSchema = z.strictObject({
  name: text({ min: 1, max: 120 }),
  clockStart: clockStartSchema,
  deadlines: deadlinesSchema,
});

/** A change to an obligation: any of its fields. */
export const changeObligationSchema = updateObligationSchema.partial();

/** A new obligation written by hand; its key comes from its name when left out. */
export const createObligationSchema = updateObligationSchema.extend({ key: slug.optional() });

/** A new obligation from a preset: `{ preset: "dora" }`. */
export const addPresetSchema = z.strictObject({
  preset: z.enum(Object.keys(OBLIGATION_PRESETS) as [keyof typeof OBLIGATION_PRESETS], { error: "must be dora" }),
});

/** What POST /api/reporting-obligations takes: a preset, or an obligation written by hand. */
export const addObligationSchema = z.union([addPresetSchema, createObligationSchema]);

export const classifyIncidentSchema = z.strictObject({ obligationKey: id("a reporting obligation's key") });

export const recordReportSchema = z.strictObject({
  deadline: id("a deadline's key, such as initial-notification"),
  reference: text({ max: 200 }).nullable().optional(),
  /** When the report was made, when not just now. */
  at: dateTime().optional(),
});

export type DeadlineInput = z.input<typeof deadlineInputSchema>;
export type UpdateObligationInput = z.input<typeof updateObligationSchema>;
