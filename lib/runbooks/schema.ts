import { z } from "zod";
import { WindowAnchor } from "@/lib/generated/prisma/enums";
import { id, text, wholeNumber } from "@/lib/input";

/** A year: no phase of a disaster-recovery plan starts or ends later; more is a typing mistake. */
const WINDOW_MAX_MINUTES = 60 * 24 * 365;
/** More phases or steps than any plan's runbook holds; a position past it is a typing mistake. */
const POSITION_MAX = 200;

const windowMinutes = wholeNumber({ max: WINDOW_MAX_MINUTES }).nullable();
/** 1 is the first; a position past the end is refused, naming how many there are. */
const position = wholeNumber({ min: 1, max: POSITION_MAX });
const lines = (max: number) => z.array(text({ min: 1, max })).max(50);

/** Any subset of a runbook as GET /api/runbooks/{key} shows it; null clears the situation. */
export const updateRunbookSchema = z.strictObject({
  title: text({ min: 1, max: 200 }).optional(),
  /** The situation the runbook is for (the plan's "Scenario:" line). */
  situation: text({ min: 1, max: 1000 }).nullable().optional(),
  /** The signals that show this situation, one per entry. */
  detection: lines(300).optional(),
});

const phaseFields = {
  /** Minutes after the anchor the phase starts; null for a phase without a time window. */
  windowStartMinutes: windowMinutes.optional(),
  /** Minutes after the anchor the phase ends; null for an open-ended phase. */
  windowEndMinutes: windowMinutes.optional(),
  /** What the window counts from: the incident's detection or the services' recovery. */
  windowAnchor: z.enum(WindowAnchor).optional(),
  /** Where the phase stands in the runbook, 1 first. */
  position: position.optional(),
};

/** A new phase: its name, and where it goes (at the end unless a position is given). */
export const addPhaseSchema = z.strictObject({ name: text({ min: 1, max: 100 }), ...phaseFields });

/** Any subset of a phase as GET /api/runbooks/{key} shows it; `position` moves it. */
export const updatePhaseSchema = z.strictObject({ name: text({ min: 1, max: 100 }).optional(), ...phaseFields });

const stepFields = {
  /** What the step says to do, one entry per line. */
  details: lines(500).optional(),
  /** The script to run, as the plan writes it (./disaster-recovery/scripts/…); null for none. */
  command: text({ min: 1, max: 500 }).nullable().optional(),
  /** The service the step brings back; null for none. */
  serviceKey: id("a service's key").nullable().optional(),
  /** Where the step stands in its phase, 1 first. */
  position: position.optional(),
};

/** A new step of a phase, at the phase's end unless a position is given. */
export const addStepSchema = z.strictObject({ title: text({ min: 1, max: 200 }), ...stepFields });

/** Any subset of a step as GET /api/runbooks/{key} shows it; `phaseKey` and `position` move it. */
export const updateStepSchema = z.strictObject({
  title: text({ min: 1, max: 200 }).optional(),
  ...stepFields,
  /** The phase of the same runbook the step moves to, at its end unless a position is given. */
  phaseKey: id("a phase's key").optional(),
});

export type UpdateRunbookInput = z.input<typeof updateRunbookSchema>;
export type AddPhaseInput = z.input<typeof addPhaseSchema>;
export type UpdatePhaseInput = z.input<typeof updatePhaseSchema>;
export type AddStepInput = z.input<typeof addStepSchema>;
export type UpdateStepInput = z.input<typeof updateStepSchema>;
