import { MINUTE_MS } from "@/lib/format";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { transitionIncident } from "@/lib/incidents/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getReview, listOverdueReviews } from "@/lib/reviews/data";
import { declareOutage, moveAlong, resolvedOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

const at = (time: string) => new Date(`2026-11-25T${time}:00Z`);

describe("the review's figures", () => {
  it("times each stage of the response from the incident's timestamps", async () => {
    const { incidentId } = await resolvedOutage();
    await db().incident.update({
      where: { id: incidentId },
      data: {
        impactStartedAt: at("09:47"),
        detectedAt: at("10:00"),
        declaredAt: at("10:04"),
        acknowledgedAt: at("10:19"),
        mitigatedAt: at("11:26"),
        resolvedAt: at("12:35"),
      },
    });
    const minutes = async () =>
      Object.fromEntries((await getReview(await demoUser("viewer"), incidentId)).durations.map((duration) => [duration.key, duration.minutes]));
    // By hand: 09:47→10:00, 10:00→10:04, 10:00→10:19, 10:00→11:26, 10:00→12:35.
    // Nobody was paged and answered, and nothing hands-on was recorded: acknowledged by the move to Assessing.
    expect(await minutes()).toEqual({ detect: 13, declare: 4, acknowledge: 19, respond: null, mitigate: 86, resolve: 155 });

    // Once a page was answered, that is the acknowledgement.
    const escalation = await db().incidentEscalation.findFirstOrThrow({ where: { incidentId } });
    await db().escalationAcknowledgement.create({
      data: { incidentEscalationId: escalation.id, userId: (await demoUser("responder")).id, via: "app", acknowledgedAt: at("10:07") },
    });
    await db().incident.update({ where: { id: incidentId }, data: { impactStartedAt: null } });
    expect(await minutes()).toEqual({ detect: null, declare: 4, acknowledge: 7, respond: null, mitigate: 86, resolve: 155 });
  });

  it("counts acknowledgement from the page answered and response from the first hands-on step, not from a move to Assessing made at once", async () => {
    const commander = await demoUser("commander");
    const detectedAt = new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS - 30 * MINUTE_MS);
    const after = (minutes: number) => new Date(detectedAt.getTime() + minutes * MINUTE_MS);
    const { id: incidentId } = await declareOutage(commander, { detectedAt: detectedAt.toISOString() });
    const escalation = await db().incidentEscalation.findFirstOrThrow({ where: { incidentId } });
    await db().escalationAcknowledgement.create({
      data: { incidentEscalationId: escalation.id, userId: (await demoUser("responder")).id, via: "app", acknowledgedAt: after(6) },
    });
    // A step ticked now, 30 min in; Database restored, as recorded, 18 min in.
    const step = await db().checklistItem.findFirstOrThrow({ where: { incidentId } });
    await setChecklistItem(commander, incidentId, step.id, { done: true, version: step.version });
    await markServiceRestored(commander, incidentId, "database", { restoredAt: after(18).toISOString() });
    await moveAlong(commander, incidentId);
    // The commander moved it to Assessing the moment it was declared.
    await db().incident.update({ where: { id: incidentId }, data: { acknowledgedAt: detectedAt } });

    const durations = (await getReview(commander, incidentId)).durations;
    const stage = (key: string) => durations.find((duration) => duration.key === key);
    expect(stage("acknowledge")).toMatchObject({ minutes: 6, to: "First page acknowledged" });
    expect(stage("respond")).toMatchObject({ minutes: 18, to: "First step, note or update" });
  });

  it("sets each service's recovery against its RTO and its data loss against its RPO, and suggests the criteria", async () => {
    const commander = await demoUser("commander");
    const { id: incidentId } = await declareOutage(commander, { detectedAt: "2026-11-25T10:00:00Z" });
    await markServiceRestored(commander, incidentId, "database", { restoredAt: "2026-11-25T10:42:00Z", dataLossMinutes: 5 });
    await markServiceRestored(commander, incidentId, "core-api", { restoredAt: "2026-11-25T11:10:00Z", dataLossMinutes: 30 });
    await moveAlong(commander, incidentId);
    const review = await getReview(commander, incidentId);
    expect(review.services).toEqual([
      { key: "core-api", name: "Core API", rtoTargetMinutes: 60, recoveryMinutes: 70, rto: "missed", rpoTargetMinutes: 15, dataLossMinutes: 30, rpo: "missed" },
      { key: "database", name: "Database", rtoTargetMinutes: 60, recoveryMinutes: 42, rto: "met", rpoTargetMinutes: 15, dataLossMinutes: 5, rpo: "met" },
      {
        key: "web-application",
        name: "Web Application",
        rtoTargetMinutes: 120,
        recoveryMinutes: null,
        rto: "not_recorded",
        rpoTargetMinutes: 60,
        dataLossMinutes: null,
        rpo: "not_recorded",
      },
    ]);
    const suggestion = (key: string) => review.review.criteria.find((criterion) => criterion.key === key)?.suggestion;
    expect(suggestion("rto-achievement")).toEqual({ met: false, reason: "Core API was restored in 1 h 10 min against a 1 h RTO" });
    expect(suggestion("rpo-achievement")).toEqual({ met: false, reason: "Core API lost 30 min of data against a 15 min RPO" });
    expect(suggestion("performance")).toBeNull();
  });

  it("lists the timeline in the order things happened", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander, { detectedAt: undefined });
    const declared = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id, type: "incident.declared" } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await moveAlong(commander, id, "validating");
    // Recorded after the incident moved along, it happened just after the declaration.
    await markServiceRestored(commander, id, "database", { restoredAt: new Date(declared.occurredAt.getTime() + 5).toISOString() });
    await transitionIncident(commander, id, { to: "resolved" });
    const { events } = await getReview(commander, id);
    expect(events.map((event) => event.type).slice(0, 3)).toEqual(["incident.declared", "service.restored", "incident.transitioned"]);
  });
});

describe("overdue reviews", () => {
  it("lists reviews past due that were not held, for incidents not closed, most overdue first", async () => {
    const now = new Date();
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 60 * MINUTE_MS);
    const make = async (dueAt: Date, change: { heldAt?: Date; closed?: boolean } = {}) => {
      const { incidentId } = await resolvedOutage({ title: `Due ${dueAt.toISOString()} ${JSON.stringify(change)}` });
      await db().postIncidentReview.update({ where: { incidentId }, data: { dueAt, heldAt: change.heldAt } });
      if (change.closed) await db().incident.update({ where: { id: incidentId }, data: { state: "closed" } });
      return incidentId;
    };
    const late = await make(hoursAgo(2));
    const later = await make(hoursAgo(30));
    await make(hoursAgo(3), { heldAt: hoursAgo(4) });
    await make(hoursAgo(3), { closed: true });
    await make(new Date(now.getTime() + 60 * MINUTE_MS));

    const overdue = await listOverdueReviews(now);
    expect(overdue.map((review) => review.incidentId)).toEqual([later, late]);
    expect(overdue[0]).toMatchObject({ dueAt: hoursAgo(30), incident: { title: expect.stringContaining("Due") } });
  });
});
