import { describe, expect, it } from "vitest";
import type { IncidentEvent } from "@/lib/timeline/types";
import { mergeEvents } from "./incident-cache";

const event = (seq: number): IncidentEvent => ({
  incidentId: "i",
  seq,
  type: "note.added",
  at: "2026-11-25T10:00:00Z",
  recordedAt: "2026-11-25T10:00:00Z",
  actor: null,
  data: { body: `note ${seq}` },
});

describe("mergeEvents", () => {
  it("applies events in order, each once, whatever order and repeats they arrive in", () => {
    const merged = mergeEvents([event(1), event(2)], [event(4), event(2), event(3), event(3), event(5)]);
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("stops at a gap rather than show events out of order", () => {
    expect(mergeEvents([event(1)], [event(3), event(4)]).map((e) => e.seq)).toEqual([1]);
  });
});
