import { z } from "zod";
import { text } from "@/lib/input";

/** Approving the plan as it stands: who and when are the caller and now; a note is optional. */
export const approvePlanSchema = z.strictObject({
  /** What the approval covers or was given on ("approved at the quarterly review"). */
  note: text({ max: 500 }).optional(),
});
