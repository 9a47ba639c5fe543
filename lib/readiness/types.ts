/**
 * proven: restored within its RTO, and the proof still stands; missed: the proof stands, but the
 * RTO was missed; lapsed: the proof no longer stands; never: never restored in a drill or an incident.
 */
export const READINESS_STATES = ["proven", "missed", "lapsed", "never"] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];
