// The incident's path, from the plan's incident response process (DESIGN.md):
// detected → assessing → (dr_activated | standard_response) → recovering → monitoring →
// validating → resolved → in_review → closed. Monitoring or validation that finds the service
// still broken sends the incident back to recovering.
import type { IncidentState, Severity } from "@/lib/generated/prisma/enums";

export const NEXT_STATES: Record<IncidentState, readonly IncidentState[]> = {
  detected: ["assessing"],
  assessing: ["dr_activated", "standard_response"],
  dr_activated: ["recovering"],
  standard_response: ["recovering"],
  recovering: ["monitoring"],
  monitoring: ["validating", "recovering"],
  validating: ["resolved", "recovering"],
  resolved: ["in_review"],
  in_review: ["closed"],
  closed: [],
  declared_in_error: [],
};

/** The plan's severity tiers, as words. */
export const SEVERITY_LABELS: Record<Severity, string> = { critical: "Critical", major: "Major", minor: "Minor" };

export const STATE_LABELS: Record<IncidentState, string> = {
  detected: "Detected",
  assessing: "Assessing",
  dr_activated: "DR plan activated",
  standard_response: "Standard response",
  recovering: "Recovering",
  monitoring: "Monitoring",
  validating: "Validating",
  resolved: "Resolved",
  in_review: "In review",
  closed: "Closed",
  declared_in_error: "Declared in error",
};

/** States in which the incident is still being worked: clocks run, checklists are ticked. */
export const ACTIVE_STATES: readonly IncidentState[] = [
  "detected",
  "assessing",
  "dr_activated",
  "standard_response",
  "recovering",
  "monitoring",
  "validating",
];

/**
 * An incident that should never have been declared (a test, a duplicate, a false alarm): kept in the
 * history and the list, left out of every figure, the board and the public page.
 */
export const DECLARED_IN_ERROR = "declared_in_error" satisfies IncidentState;

/** The query filter for incidents that count: every one but those declared in error. */
export const COUNTED_INCIDENTS = { state: { not: DECLARED_IN_ERROR } } as const;

/** An incident can be declared in error from any state but closed, and only once. */
export function canDeclareInError(state: IncidentState): boolean {
  return state !== "closed" && state !== DECLARED_IN_ERROR;
}

/** Finished and left as it was: a closed incident, or one declared in error. */
export function isSettled(state: IncidentState): boolean {
  return state === "closed" || state === DECLARED_IN_ERROR;
}

export function isActive(state: IncidentState): boolean {
  return ACTIVE_STATES.includes(state);
}

export function canTransition(from: IncidentState, to: IncidentState): boolean {
  return NEXT_STATES[from].includes(to);
}

/** The incident timestamp a state sets the first time it is entered. */
export const STATE_TIMESTAMPS: Partial<Record<IncidentState, "acknowledgedAt" | "mitigatedAt" | "resolvedAt" | "closedAt">> = {
  assessing: "acknowledgedAt",
  monitoring: "mitigatedAt",
  resolved: "resolvedAt",
  closed: "closedAt",
};
