// The timeline a demo incident would have written had it been worked in Muster: the same event
// types and data the domain functions append, in the order they happened, numbered 1..n.
import type { Audience, IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventContent } from "@/lib/timeline/events";
import { MINUTE_MS, minutesBetween } from "@/lib/format";

export type Person = { id: string; name: string };

/** `minutes` after `date` (before it, when negative). */
export const later = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE_MS);

/** What happened to one demo incident, with the rows the timeline refers to already written. */
export type DemoStory = {
  incidentId: string;
  number: number;
  title: string;
  declaredSeverity: Severity;
  severityChangedTo?: Severity;
  scenario: { key: string; name: string };
  isDrill: boolean;
  commander: Person;
  responder: Person;
  times: {
    impactStartedAt: Date | null;
    detectedAt: Date;
    declaredAt: Date;
    acknowledgedAt: Date;
    respondingAt: Date;
    recoveringAt: Date;
    mitigatedAt: Date;
    validatingAt: Date;
    resolvedAt: Date;
    inReviewAt: Date | null;
    closedAt: Date | null;
  };
  services: {
    key: string;
    name: string;
    impact: ServiceImpact;
    rtoDeadline: Date;
    rpoTargetMinutes: number;
    restoredAt: Date;
    dataLossMinutes: number | null;
  }[];
  ticks: { itemId: string; title: string; doneAt: Date; by: Person }[];
  notes: { at: Date; by: Person; body: string }[];
  statusUpdates: { id: string; at: Date; audience: Audience; subject: string | null; body: string }[];
};

/** An event as appendEvent would have written it: its data follows the event catalogue. */
type Entry = EventContent & { actor: Person | null; at: Date };

function transitions(story: DemoStory): Entry[] {
  const { times, commander } = story;
  // The plan's flow: a critical incident activates the DR plan, others get the standard response.
  const response: IncidentState = story.declaredSeverity === "critical" ? "dr_activated" : "standard_response";
  const path: [IncidentState, IncidentState, Date | null][] = [
    ["detected", "assessing", times.acknowledgedAt],
    ["assessing", response, times.respondingAt],
    [response, "recovering", times.recoveringAt],
    ["recovering", "monitoring", times.mitigatedAt],
    ["monitoring", "validating", times.validatingAt],
    ["validating", "resolved", times.resolvedAt],
    ["resolved", "in_review", times.inReviewAt],
    ["in_review", "closed", times.closedAt],
  ];
  return path.flatMap(([from, to, at]) => (at ? [{ type: "incident.transitioned" as const, actor: commander, data: { from, to }, at }] : []));
}

function serviceEvents(story: DemoStory): Entry[] {
  return story.services.flatMap((service) => {
    const named = { key: service.key, name: service.name };
    const withinRto = service.restoredAt <= service.rtoDeadline;
    const restored: Entry = {
      type: "service.restored",
      actor: story.responder,
      data: {
        service: named,
        recoveryMinutes: minutesBetween(story.times.detectedAt, service.restoredAt),
        withinRto,
        dataLossMinutes: service.dataLossMinutes,
        rpoTargetMinutes: service.rpoTargetMinutes,
      },
      at: service.restoredAt,
    };
    if (withinRto) return [restored];
    const breached: Entry = {
      type: "service.rto_breached",
      actor: null,
      data: { service: named, rtoDeadline: service.rtoDeadline.toISOString() },
      at: service.rtoDeadline,
    };
    return [breached, restored];
  });
}

/** The incident's events in the order they happened, as TimelineEvent rows numbered from 1. */
export function demoTimeline(story: DemoStory): Prisma.TimelineEventCreateManyInput[] {
  const { times, commander, responder } = story;
  const entries: Entry[] = [
    {
      type: "incident.declared",
      actor: commander,
      data: {
        number: story.number,
        title: story.title,
        severity: story.declaredSeverity,
        scenario: story.scenario,
        services: story.services.map(({ key, name, impact }) => ({ key, name, impact })),
        detectedAt: times.detectedAt.toISOString(),
        impactStartedAt: times.impactStartedAt?.toISOString() ?? null,
        isDrill: story.isDrill,
      },
      at: times.declaredAt,
    },
    {
      type: "role.assigned",
      actor: commander,
      data: { role: "technical_lead", holder: { ...responder, kind: "user" }, previous: null },
      at: later(times.acknowledgedAt, 1),
    },
    ...(story.severityChangedTo
      ? [{ type: "incident.severity_changed" as const, actor: commander, data: { from: story.declaredSeverity, to: story.severityChangedTo }, at: later(times.acknowledgedAt, 3) }]
      : []),
    ...transitions(story),
    ...serviceEvents(story),
    ...story.ticks.map((tick): Entry => ({
      type: "checklist.item_updated",
      actor: tick.by,
      data: { itemId: tick.itemId, title: tick.title, done: true, version: 2 },
      at: tick.doneAt,
    })),
    ...story.notes.map((note): Entry => ({ type: "note.added", actor: note.by, data: { body: note.body }, at: note.at })),
    ...story.statusUpdates.map((update): Entry => ({
      type: "status_update.posted",
      actor: commander,
      data: { statusUpdateId: update.id, audience: update.audience, subject: update.subject, body: update.body, nextUpdateDueAt: null },
      at: update.at,
    })),
  ];
  // Stable: events at the same moment keep the order above (a breach before the late restore).
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return entries.map((entry, index) => ({
    incidentId: story.incidentId,
    seq: index + 1,
    type: entry.type,
    actorId: entry.actor?.id ?? null,
    data: entry.data as Prisma.InputJsonValue,
    occurredAt: entry.at,
    recordedAt: entry.at,
  }));
}
