import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";

export const postStatusUpdateSchema = z.object({
  body: z.string({ error: "is required" }).trim().min(1, "cannot be empty").max(4000, "must be at most 4,000 characters"),
  audience: z.enum(Audience, { error: "must be internal, stakeholders or public" }).default("internal"),
  /** When the next update is promised; shown to the audience. */
  nextUpdateDueAt: z.coerce.date({ error: "must be a date and time" }).optional(),
});
