import { describe, expect, it } from "vitest";
import type { ChecklistItemView, IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent } from "@/lib/timeline/types";
import { keepNewerTicks, latestRun, mergeEvents, withEvents } from "./incident-cache";

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

describe("keepNewerTicks", () => {
  const item = (id: string, done: boolean, version: number) => ({ id, done, version }) as ChecklistItemView;
  const incident = (title: string, ...checklist: ChecklistItemView[]) => ({ title, checklist }) as unknown as IncidentView;

  it("keeps a tick the cache holds at a newer version than a read that left before it", () => {
    const cached = incident("Before", item("a", true, 2), item("b", false, 1));
    const fetched = incident("After", item("a", false, 1), item("b", true, 3), item("c", false, 1));
    const kept = keepNewerTicks(cached, fetched);
    expect(kept.title).toBe("After");
    expect(kept.checklist.map(({ id, done, version }) => [id, done, version])).toEqual([
      ["a", true, 2],
      ["b", true, 3],
      ["c", false, 1],
    ]);
  });

  it("drops an item the server no longer has", () => {
    expect(keepNewerTicks(incident("x", item("a", true, 5)), incident("x")).checklist).toEqual([]);
  });
});

describe("pages of a long timeline", () => {
  const seqs = (events: readonly IncidentEvent[]) => events.map((e) => e.seq);

  it("adds an older page to what is held, each event once, in order", () => {
    expect(seqs(withEvents([event(2), event(5), event(6)], [event(3), event(4), event(5)]))).toEqual([2, 3, 4, 5, 6]);
  });

  it("lists only the unbroken run up to the latest, and says where older events start", () => {
    expect(latestRun([event(2), event(7), event(8), event(9)])).toEqual({ run: [event(7), event(8), event(9)], olderBefore: 7 });
    expect(latestRun([event(1), event(2)]).olderBefore).toBeNull();
    expect(latestRun([])).toEqual({ run: [], olderBefore: null });
  });
});
