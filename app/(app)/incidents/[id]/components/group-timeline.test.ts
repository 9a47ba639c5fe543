import { describe, expect, it } from "vitest";
import { describeTicks, groupTimeline, matchesFilter, type StepPlace, type TimelineItem } from "@/app/(app)/incidents/[id]/components/group-timeline";
import type { IncidentEvent } from "@/lib/timeline/types";

const riley = { id: "riley", name: "Riley Responder" };
const casey = { id: "casey", name: "Casey Commander" };

const PLACES: Record<string, StepPlace> = {
  stop: { runbookTitle: "Database failure", phaseName: "Immediate" },
  assess: { runbookTitle: "Database failure", phaseName: "Immediate" },
  restore: { runbookTitle: "Database failure", phaseName: "Recover" },
  verify: { runbookTitle: "Database failure", phaseName: "Recover" },
  replay: { runbookTitle: "Database failure", phaseName: "Recover" },
  other: { runbookTitle: "Application cluster failure", phaseName: "Recover" },
};
const placeOf = (itemId: string) => PLACES[itemId];

let seq = 0;
function event(type: string, actor: { id: string; name: string } | null, data: object): IncidentEvent {
  seq += 1;
  return { incidentId: "i", seq, type, at: new Date(Date.UTC(2026, 11, 3, 9, seq)).toISOString(), recordedAt: "", actor, data } as IncidentEvent;
}
const tick = (actor: typeof riley, itemId: string, done = true) => event("checklist.item_updated", actor, { itemId, title: `Step ${itemId}`, done, version: 2 });
const note = (actor: typeof riley, body: string) => event("note.added", actor, { body });

const shape = (items: TimelineItem[]) =>
  items.map((item) => (item.kind === "ticks" ? { ticks: item.ticks.map((t) => t.data.itemId), text: describeTicks(item) } : item.event.type));

describe("grouping the timeline", () => {
  it("joins consecutive ticks by one person in one phase into one entry, and keeps a lone tick as it is", () => {
    const events = [tick(riley, "restore"), tick(riley, "verify"), tick(riley, "replay"), tick(riley, "stop")];
    expect(shape(groupTimeline(events, placeOf))).toEqual([
      { ticks: ["restore", "verify", "replay"], text: "Riley Responder ticked 3 steps in Recover" },
      "checklist.item_updated",
    ]);
  });

  it("ends a run at another person's tick, another runbook's phase of the same name, or any other event", () => {
    const events = [
      tick(riley, "restore"),
      tick(riley, "verify"),
      tick(casey, "replay"),
      tick(riley, "other"),
      tick(riley, "stop"),
      note(riley, "Replica is behind"),
      tick(riley, "assess"),
    ];
    expect(shape(groupTimeline(events, placeOf))).toEqual([
      { ticks: ["restore", "verify"], text: "Riley Responder ticked 2 steps in Recover" },
      "checklist.item_updated",
      "checklist.item_updated",
      "checklist.item_updated",
      "note.added",
      "checklist.item_updated",
    ]);
  });

  it("counts unticks apart and keeps the run's key as later ticks join it, so an open entry stays open", () => {
    const first = groupTimeline([tick(riley, "restore"), tick(riley, "verify", false)], placeOf);
    expect(shape(first)).toEqual([{ ticks: ["restore", "verify"], text: "Riley Responder ticked 1 step and unticked 1 in Recover" }]);
    const grown = groupTimeline([...(first[0].kind === "ticks" ? first[0].ticks : []), tick(riley, "replay")], placeOf);
    expect(grown[0].key).toBe(first[0].key);
    expect(shape(grown)).toEqual([{ ticks: ["restore", "verify", "replay"], text: "Riley Responder ticked 2 steps and unticked 1 in Recover" }]);
  });

  it("says only the count when a step's phase is unknown", () => {
    expect(shape(groupTimeline([tick(riley, "gone", false), tick(riley, "gone2", false)], placeOf))).toEqual([
      { ticks: ["gone", "gone2"], text: "Riley Responder unticked 2 steps" },
    ]);
  });
});

describe("filtering the timeline", () => {
  const events = [
    event("incident.declared", casey, {}),
    note(riley, "Replica is behind"),
    event("incident.severity_changed", casey, {}),
    event("status_update.posted", casey, {}),
    event("status_update.reminder", null, {}),
    tick(riley, "restore"),
    event("escalation.fired", null, {}),
    event("escalation.acknowledged", casey, {}),
    event("service.restored", riley, {}),
  ];
  const kept = (filter: Parameters<typeof matchesFilter>[1]) => events.filter((e) => matchesFilter(e, filter)).map((e) => e.type);

  it("keeps each kind of event to its filter, and everything under All", () => {
    expect(kept("all")).toHaveLength(events.length);
    expect(kept("notes")).toEqual(["incident.declared", "note.added", "incident.severity_changed"]);
    expect(kept("status")).toEqual(["status_update.posted", "status_update.reminder"]);
    expect(kept("checklist")).toEqual(["checklist.item_updated"]);
    expect(kept("escalation")).toEqual(["escalation.fired", "escalation.acknowledged"]);
  });
});
