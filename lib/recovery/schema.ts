import { z } from "zod";
import { dateTime, wholeNumber } from "@/lib/input";

export const markServiceRestoredSchema = z.strictObject({
  /** When it came back; now when left out. */
  restoredAt: dateTime().optional(),
  /** The measured data-loss window, against the service's RPO. */
  dataLossMinutes: wholeNumber().optional(),
});
