import { z } from "zod";
import { ServiceImpact } from "@/lib/generated/prisma/enums";
import { dateTime, id, wholeNumber } from "@/lib/input";

export const markServiceRestoredSchema = z.strictObject({
  /** When it came back; now when left out. */
  restoredAt: dateTime().optional(),
  /** The measured data-loss window, against the service's RPO. */
  dataLossMinutes: wholeNumber().optional(),
});

const impact = z.enum(ServiceImpact, { error: "must be down, degraded or at_risk" });

/** A service the incident turns out to affect as well. */
export const addAffectedServiceSchema = z.strictObject({ key: id("a service's key"), impact });

export const changeImpactSchema = z.strictObject({ impact });
