import { z } from "zod";

export const escalationReasonSchema = z.object({
  reason: z.string({ error: "is required" }).trim().min(3, "say why, in a few words").max(500, "must be at most 500 characters"),
});
