import { z } from "zod";
import { day } from "@/lib/input";

/** The day a review was held: today when left out, never in the future. */
const heldOn = () =>
  day()
    .refine((date) => date.getTime() <= Date.now(), "cannot be in the future")
    .optional();

export const recordPlanReviewSchema = z.strictObject({ reviewedAt: heldOn() });

export const recordReviewHeldSchema = z.strictObject({ heldAt: heldOn() });
