import { z } from "zod";
import { day } from "@/lib/input";

/** GET /api/evidence's and the pack's query: the period's first and last day (UTC), both optional. */
export const evidencePeriodSchema = z.strictObject({
  from: day().optional(),
  to: day().optional(),
});
