import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignRole, joinIncident } from "@/lib/incident-roles/mutations";
import { transitionIncident } from "@/lib/incidents/mutations";
import { getReview } from "@/lib/reviews/data";
import {
  addAttendee,
  createReview,
  recordDataLoss,
  recordImpactStart,
  removeAttendee,
  scoreCriterion,
  updateReview,
} from "@/lib/reviews/mutations";
import { declareOutage, moveAlong, resolvedOutage } from "@/test/incidents";
import { demoUser, extraUser } from "@/test/users";
import { MINUTE_MS } from "@/lib/format";

/** Everything a refused review write could have touched. */
async function snapshot(incidentId: string) {
  return {
    review: await db().postIncidentReview.findUnique({
      where: { incidentId },
      include: { attendees: { orderBy: { id: "asc" } }, criteria: { orderBy: { criterionKey: "asc" } }, actionItems: true },
    }),
    services: await db().incidentService.findMany({ where: { incidentId }, orderBy: { id: "asc" } }),
    lastSeq: (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq,
  };
}

describe("the review is created on resolution", () => {
  it("is due 48 hours after resolution, invites everyone who held a role, and waits for each criterion's score", async () => {
    const commander = await demoUser("commander");
    const responder = await demoUser("responder");
    const [firstLead, secondLead] = [await extraUser("responder", "Tess Lead"), await extraUser("responder", "Theo Lead")];
    const { id } = await declareOutage(commander);
    await joinIncident(responder, id);
    await assignRole(commander, id, { userId: firstLead.id, role: "technical_lead" });
    // Tess hands over to Theo: someone who held a role and no longer does still attends.
    await assignRole(commander, id, { userId: secondLead.id, role: "technical_lead" });
    await moveAlong(commander, id, "validating");
    expect(await db().postIncidentReview.count({ where: { incidentId: id } })).toBe(0);

    await transitionIncident(commander, id, { to: "resolved" });
    const incident = await db().incident.findUniqueOrThrow({ where: { id } });
    const review = await db().postIncidentReview.findUniqueOrThrow({
      where: { incidentId: id },
      include: { attendees: true, criteria: { include: { criterion: true }, orderBy: { criterion: { position: "asc" } } } },
    });
    expect(review.dueAt.getTime() - incident.resolvedAt!.getTime()).toBe(48 * 60 * MINUTE_MS);
    expect(review.heldAt).toBeNull();
    expect(review.attendees.map(({ userId, name }) => ({ userId, name })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { userId: commander.id, name: commander.name },
      { userId: responder.id, name: responder.name },
      { userId: firstLead.id, name: "Tess Lead" },
      { userId: secondLead.id, name: "Theo Lead" },
    ].sort((a, b) => a.name.localeCompare(b.name)));
    expect(review.criteria.map((score) => [score.criterionKey, score.met])).toEqual([
      ["rto-achievement", null],
      ["rpo-achievement", null],
      ["functionality", null],
      ["performance", null],
      ["communication", null],
    ]);
    const [transitioned, created] = await db().timelineEvent.findMany({ where: { incidentId: id }, orderBy: { seq: "desc" }, take: 2 }).then((rows) => rows.reverse());
    expect(transitioned).toMatchObject({ type: "incident.transitioned", data: { to: "resolved" } });
    expect(created).toMatchObject({ type: "review.created", actorId: null, data: { dueAt: review.dueAt.toISOString() } });
    expect(created.occurredAt.getTime()).toBe(incident.resolvedAt!.getTime());
  });

  it("is created once, however often the incident reaches resolved", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const first = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId } });
    // Validation that finds a service broken again sends it back through recovery.
    await db().incident.update({ where: { id: incidentId }, data: { state: "validating" } });
    await transitionIncident(commander, incidentId, { to: "resolved" });
    await db().$transaction((tx) => createReview(tx, { id: incidentId, createdById: commander.id, resolvedAt: new Date() })).then((event) =>
      expect(event).toBeNull(),
    );
    expect(await db().postIncidentReview.findMany({ where: { incidentId } })).toEqual([first]);
    expect(await db().timelineEvent.count({ where: { incidentId, type: "review.created" } })).toBe(1);
  });

  it("is not there before resolution, and the page says so", async () => {
    const { id } = await declareOutage();
    await expect(getReview(await demoUser("viewer"), id)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("filling in the review", () => {
  it("keeps the meeting, the agenda's notes and the business impact, on the timeline with only what changed", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const heldAt = new Date(Date.now() - MINUTE_MS).toISOString();
    const changes = {
      heldAt,
      wentWell: "Backups restored cleanly",
      couldImprove: "Paging took too long",
      documentationUpdates: "Runbook step 3 names the wrong host",
      downtimeMinutes: 95,
      usersAffected: 12000,
      estimatedCost: 12500.5,
    };
    await updateReview(commander, incidentId, changes);
    const review = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId } });
    expect(review).toMatchObject({ ...changes, heldAt: new Date(changes.heldAt), estimatedCost: expect.anything() });
    expect(review.estimatedCost?.toNumber()).toBe(12500.5);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "review.updated" } });
    expect(event).toMatchObject({ actorId: commander.id, data: { changes } });

    const before = await snapshot(incidentId);
    await updateReview(commander, incidentId, { ...changes, wentWell: "Backups restored cleanly" });
    expect(await snapshot(incidentId)).toEqual(before);
    await updateReview(commander, incidentId, { ...changes, couldImprove: "  " });
    const last = await db().timelineEvent.findFirstOrThrow({ where: { incidentId }, orderBy: { seq: "desc" } });
    expect(last.data).toEqual({ changes: { couldImprove: null } });
  });

  it.each([
    [{ downtimeMinutes: -5 }, "downtimeMinutes"],
    [{ downtimeMinutes: "lots" }, "downtimeMinutes"],
    [{ usersAffected: 1.5 }, "usersAffected"],
    [{ estimatedCost: 12.345 }, "estimatedCost"],
    [{ estimatedCost: -1 }, "estimatedCost"],
    [{ heldAt: "2999-01-01T00:00:00Z" }, "heldAt"],
    [{ heldAt: "after lunch" }, "heldAt"],
    [{ wentWell: 42 }, "wentWell"],
    [{ wentWell: "x".repeat(10_001) }, "wentWell"],
  ])("refuses bad input naming the field (%#) and changes nothing", async (input, field) => {
    const { incidentId, commander } = await resolvedOutage();
    const before = await snapshot(incidentId);
    const error = await updateReview(commander, incidentId, input).catch((caught) => caught);
    expect(error).toMatchObject({ kind: "invalid", field });
    expect(error.message.startsWith(`${field} `)).toBe(true);
    expect(await snapshot(incidentId)).toEqual(before);
  });

  it("refuses an empty change", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await expect(updateReview(commander, incidentId, {})).rejects.toMatchObject({ kind: "invalid", message: "name at least one field to change" });
  });

  it("refuses a save over a newer version with what is saved and who saved it, and changes nothing", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const admin = await demoUser("admin");
    const { version: seen } = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId } });
    await updateReview(commander, incidentId, { wentWell: "Backups restored cleanly", version: seen });
    const before = await snapshot(incidentId);
    expect(before.review?.version).toBe(seen + 1);

    const error = await updateReview(admin, incidentId, { wentWell: "Paging worked", version: seen }).catch((caught) => caught);
    expect(error).toMatchObject({
      kind: "conflict",
      field: "version",
      current: { version: seen + 1, wentWell: "Backups restored cleanly", savedBy: commander.name },
    });
    expect(error.message).toContain(`${commander.name} saved the review while you were editing it`);
    expect(await snapshot(incidentId)).toEqual(before);

    // Having seen the newer text, the admin's save goes through.
    await updateReview(admin, incidentId, { wentWell: "Backups restored cleanly; paging worked", version: seen + 1 });
    expect(await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId } })).toMatchObject({
      wentWell: "Backups restored cleanly; paging worked",
      version: seen + 2,
    });
  });

  it("lets only one of two saves from the same version through", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const { version } = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId } });
    const results = await Promise.allSettled(
      ["First", "Second"].map((text) => updateReview(commander, incidentId, { couldImprove: text, version })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { kind: "conflict" } });
    const saved = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId } });
    expect(saved.version).toBe(version + 1);
    expect(await db().timelineEvent.count({ where: { incidentId, type: "review.updated" } })).toBe(1);
  });

  it("refuses a version alone as an empty change", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await expect(updateReview(commander, incidentId, { version: 1 })).rejects.toMatchObject({ kind: "invalid", message: "name at least one field to change" });
  });

  it("scores the plan's success criteria, with a note, and takes a score back", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await scoreCriterion(commander, incidentId, "rto-achievement", { met: false, note: "Core API came back late" });
    expect(await db().reviewCriterionScore.findFirstOrThrow({ where: { criterionKey: "rto-achievement", review: { incidentId } } })).toMatchObject({
      met: false,
      note: "Core API came back late",
    });
    await scoreCriterion(commander, incidentId, "rto-achievement", { met: null });
    const score = await db().reviewCriterionScore.findFirstOrThrow({ where: { criterionKey: "rto-achievement", review: { incidentId } } });
    expect(score).toMatchObject({ met: null, note: "Core API came back late" });
    const events = await db().timelineEvent.findMany({ where: { incidentId, type: "review.criterion_scored" }, orderBy: { seq: "asc" } });
    expect(events.map((event) => (event.data as { met: boolean | null }).met)).toEqual([false, null]);

    await expect(scoreCriterion(commander, incidentId, "luck", { met: true })).rejects.toMatchObject({ kind: "not_found" });
    await expect(scoreCriterion(commander, incidentId, "performance", { met: "yes" })).rejects.toMatchObject({ kind: "invalid", field: "met" });
  });

  it("records a data-loss window that was not known at restore", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await recordDataLoss(commander, incidentId, "core-api", { dataLossMinutes: 20 });
    const affected = await db().incidentService.findFirstOrThrow({ where: { incidentId, service: { key: "core-api" } } });
    expect(affected.dataLossMinutes).toBe(20);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "review.data_loss_recorded" } });
    expect(event.data).toMatchObject({ service: { key: "core-api" }, dataLossMinutes: 20, previous: null, rpoTargetMinutes: 15 });

    const before = await snapshot(incidentId);
    await expect(recordDataLoss(commander, incidentId, "core-api", { dataLossMinutes: -1 })).rejects.toMatchObject({ field: "dataLossMinutes" });
    await expect(recordDataLoss(commander, incidentId, "core-api", {})).rejects.toMatchObject({ field: "dataLossMinutes" });
    await expect(recordDataLoss(commander, incidentId, "analytics", { dataLossMinutes: 1 })).rejects.toMatchObject({ kind: "not_found" });
    expect(await snapshot(incidentId)).toEqual(before);
  });

  it("records when the impact began, so time to detect can be counted, never after detection", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const { detectedAt } = await db().incident.findUniqueOrThrow({ where: { id: incidentId } });
    const began = new Date(detectedAt.getTime() - 25 * MINUTE_MS);
    await recordImpactStart(commander, incidentId, { impactStartedAt: began.toISOString() });
    const review = await getReview(commander, incidentId);
    expect(review.durations.find((duration) => duration.key === "detect")?.minutes).toBe(25);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "review.impact_start_recorded" } });
    expect(event.data).toMatchObject({ impactStartedAt: began.toISOString(), previous: null });

    const before = await snapshot(incidentId);
    const after = new Date(detectedAt.getTime() + MINUTE_MS).toISOString();
    await expect(recordImpactStart(commander, incidentId, { impactStartedAt: after })).rejects.toMatchObject({
      kind: "invalid",
      field: "impactStartedAt",
      message: "impactStartedAt must be at or before the detection time",
    });
    await expect(recordImpactStart(commander, incidentId, { impactStartedAt: "soon" })).rejects.toMatchObject({ field: "impactStartedAt" });
    await expect(recordImpactStart(await demoUser("viewer"), incidentId, { impactStartedAt: null })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await snapshot(incidentId)).toEqual(before);
    expect((await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).impactStartedAt).toEqual(began);
  });

  it("adds attendees by user or by name, once each, and removes them", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const viewer = await demoUser("viewer");
    await addAttendee(commander, incidentId, { userId: viewer.id });
    const vendor = await addAttendee(commander, incidentId, { name: "Acme DB support" });
    await expect(addAttendee(commander, incidentId, { userId: viewer.id })).rejects.toMatchObject({ kind: "conflict" });
    await expect(addAttendee(commander, incidentId, { name: " " })).rejects.toMatchObject({ kind: "invalid", field: "name" });
    await expect(addAttendee(commander, incidentId, { userId: "nobody" })).rejects.toMatchObject({ kind: "invalid", field: "userId" });
    await removeAttendee(commander, incidentId, vendor.id);
    const attendees = await db().reviewAttendee.findMany({ where: { review: { incidentId } } });
    expect(attendees.map((attendee) => attendee.name).sort()).toEqual([commander.name, viewer.name].sort());
    const types = await db().timelineEvent.findMany({ where: { incidentId, type: { startsWith: "review.attendee" } }, orderBy: { seq: "asc" } });
    expect(types.map((event) => event.type)).toEqual(["review.attendee_added", "review.attendee_added", "review.attendee_removed"]);
  });
});

describe("who may change the review", () => {
  it("refuses management and anyone not taking part, and changes nothing; a responder who joined may", async () => {
    const commander = await demoUser("commander");
    const { id: incidentId } = await declareOutage(commander);
    const [viewer, responder, admin] = [await demoUser("viewer"), await demoUser("responder"), await demoUser("admin")];
    await joinIncident(responder, incidentId);
    await moveAlong(commander, incidentId);
    const outsider = await extraUser("responder", "Outside Responder");
    const before = await snapshot(incidentId);
    for (const user of [viewer, outsider]) {
      await expect(updateReview(user, incidentId, { wentWell: "Everything" })).rejects.toMatchObject({ kind: "forbidden" });
      await expect(scoreCriterion(user, incidentId, "performance", { met: true })).rejects.toMatchObject({ kind: "forbidden" });
      await expect(recordDataLoss(user, incidentId, "database", { dataLossMinutes: 1 })).rejects.toMatchObject({ kind: "forbidden" });
      await expect(addAttendee(user, incidentId, { name: "Someone" })).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(await snapshot(incidentId)).toEqual(before);
    expect((await getReview(viewer, incidentId)).canEdit).toBe(false);

    await updateReview(responder, incidentId, { wentWell: "Everything" });
    await updateReview(admin, incidentId, { couldImprove: "Nothing" });
    expect((await getReview(responder, incidentId)).canEdit).toBe(true);
  });
});
