// The fields presenters' schemas share. A presenter's answer keeps its dates as Date objects, which
// JSON writes as ISO 8601 in UTC; the document says so, since JSON Schema has no date type.
import { z } from "zod";

/** A moment in an answer: a Date on the server, "2026-12-01T09:30:00.000Z" on the wire. */
export function instant() {
  return z.date().meta({ type: "string", format: "date-time" });
}

/** A moment the domain already writes as ISO 8601 text (the public status, the timeline). */
export function instantText() {
  return z.iso.datetime();
}

/** A change record's values as recorded: a JSON object, or null where there is none. */
export function recordedValues(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
