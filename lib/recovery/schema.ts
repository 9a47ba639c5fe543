import { z } from "zod";

export const markServiceRestoredSchema = z.object({
  /** When it came back; now when left out. */
  restoredAt: z.coerce.date({ error: "must be a date and time" }).optional(),
  /** The measured data-loss window, against the service's RPO. */
  dataLossMinutes: z.number({ error: "must be a number of minutes" }).int().min(0, "cannot be negative").optional(),
});
