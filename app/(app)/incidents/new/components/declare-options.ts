// What the declaration form offers, as plain data from the plan.
import type { Severity } from "@/lib/generated/prisma/enums";

export type ScenarioOption = {
  key: string;
  name: string;
  tierName: string;
  severity: Severity;
  rtoMinMinutes: number;
  rtoMaxMinutes: number;
  rpoMinutes: number;
  examples: string[];
  runbooks: string[];
};

export type ServiceOption = {
  key: string;
  name: string;
  /** From the priority matrix, or inherited from the strictest service that needs it. */
  priority: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
};
