// The shape of a runbook in the seed data: phases in order, each with its time window and steps.
import type { RunbookKind, WindowAnchor } from "@/lib/generated/prisma/enums";

export type RunbookStepSeed = {
  title: string;
  details?: string[];
  // The plan's script, character for character.
  command?: string;
  // The service this step brings back, so a checklist can hold it until its dependencies are up.
  serviceKey?: string;
};

export type RunbookPhaseSeed = {
  key: string;
  name: string;
  // Minutes from the anchor (detection unless said otherwise); absent for phases the plan gives
  // no time window (the test procedures, the incident response flow).
  window?: { startMinutes: number; endMinutes: number; anchor?: WindowAnchor };
  steps: RunbookStepSeed[];
};

export type RunbookSeed = {
  key: string;
  title: string;
  kind: RunbookKind;
  // The plan's "Scenario:" line.
  situation?: string;
  // The plan's "Detection:" signals.
  detection?: string[];
  phases: RunbookPhaseSeed[];
};
