// Every write Muster takes, and who may make it: each write route of API_ROUTES (by method and
// template), each server action and each socket command, with a request that would succeed for a
// caller allowed to make it and the state a refused attempt must leave as it was. The role matrix
// fails when a write has no entry here, so a new one cannot go unchecked.
import { expect } from "@playwright/test";
import type { ClientToServerEvents } from "../../lib/realtime/events";
import type { RealtimeClient } from "./reach-sockets";
import { CALLERS, type Caller, type Scene, type SceneKind, type World } from "./world";

/** An allowed attempt answers 2xx; a refused one 401 without a session, else `refusedWith`. */
export type Expectation = "allowed" | 401 | 403 | 404 | 409;

export type Attempt = { path: string; body?: unknown };

export type WriteCase = {
  allowed: readonly Caller[];
  /** How a signed-in caller who may not write is refused: 403, or 404 where the row is not theirs to know of. */
  refusedWith?: 403 | 404;
  /** Answers other than the role's, where the scene itself refuses (joining an incident one is in). */
  otherwise?: Partial<Record<Caller, Expectation>>;
  /** The incident the attempt is made in: active, resolved (it then has its review), or none. */
  scene: SceneKind;
  attempt: (world: World, scene: Scene, caller: Caller) => Promise<Attempt>;
  /** What a refused attempt must leave unchanged; the incident's detail, events and review by default. */
  observe?: (world: World, scene: Scene) => Promise<unknown>;
  /** Takes away what an allowed attempt added (its answer given), where other specs would see it. */
  cleanUp?: (world: World, scene: Scene, answer: unknown) => Promise<void>;
};

const SIGNED_IN: readonly Caller[] = CALLERS.filter((caller) => caller !== "anonymous");
const WORKING: readonly Caller[] = ["responder inside", "commander", "admin"];
const COMMANDING: readonly Caller[] = ["commander", "admin"];
const ADMIN: readonly Caller[] = ["admin"];

export function expectationFor(entry: WriteCase, caller: Caller): Expectation {
  if (entry.otherwise?.[caller]) return entry.otherwise[caller];
  if (entry.allowed.includes(caller)) return "allowed";
  return caller === "anonymous" ? 401 : (entry.refusedWith ?? 403);
}

async function json(world: World, path: string) {
  const answer = await world.admin.get(path);
  expect(answer.status(), `GET ${path}`).toBe(200);
  return answer.json();
}

const mentions = (world: World, path: string, text: string) => async () => JSON.stringify(await json(world, path)).includes(text);

async function review(world: World, scene: Scene) {
  return (await json(world, `/api/incidents/${scene.incidentId}/review`)).review;
}

async function reviewActionItem(world: World, scene: Scene): Promise<string> {
  const created = await world.admin.post(`/api/incidents/${scene.incidentId}/review/action-items`, {
    data: { title: `Matrix item ${scene.stamp}`, ownerName: "DevOps Lead" },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

async function firedEscalation(world: World, scene: Scene): Promise<string> {
  const fired = (await world.incident(scene.incidentId)).escalations.find((escalation) => escalation.firedAt);
  if (!fired) throw new Error("The scene's level 1 has not fired");
  return fired.id;
}

async function tokenOf(world: World, caller: Caller, stamp: string): Promise<string> {
  const owner = caller === "anonymous" ? world.admin : world.request(caller);
  const created = await owner.post("/api/tokens", { data: { name: `Matrix ${stamp}` } });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

/** A chat destination of the scene's own (aimed at a closed port: its deliveries fail), remembered as the scene's subject. */
async function matrixWebhook(world: World, scene: Scene): Promise<string> {
  const created = await world.admin.post("/api/webhooks", {
    data: { name: `Matrix destination ${scene.stamp}`, url: "http://127.0.0.1:9/matrix", format: "slack", events: ["escalation.fired"] },
  });
  expect(created.status()).toBe(201);
  scene.subject = (await created.json()).id;
  return scene.subject!;
}

/** By "METHOD template" of API_ROUTES; a template may have several entries, told apart after a colon. */
export const WRITE_ROUTES: Record<string, WriteCase> = {
  "PATCH /api/action-items/{id}: a review's item": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (world, scene) => ({ path: `/api/action-items/${await reviewActionItem(world, scene)}`, body: { status: "in_progress" } }),
  },
  "PATCH /api/action-items/{id}: one of the plan's own items": {
    scene: "none",
    allowed: ADMIN,
    // The item keeps its status: the admin's write succeeds without moving the plan's own list.
    attempt: async (world, scene) => {
      const items = await json(world, "/api/action-items");
      const item = items.find((candidate: { incident: unknown }) => candidate.incident === null);
      scene.subject = item.id;
      return { path: `/api/action-items/${item.id}`, body: { status: item.status } };
    },
    observe: async (world, scene) => (await json(world, "/api/action-items")).find((item: { id: string }) => item.id === scene.subject),
  },
  "PATCH /api/backup-policies/{key}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a changed retention; the admin writes the policy back as it stands,
    // which changes nothing and makes no new plan version.
    attempt: async (world, _scene, caller) => {
      const policy = await planItem(world, "/api/backup-policies", "user-content");
      const retention = caller === "admin" ? policy.retention : `${policy.retention} (matrix)`;
      return { path: "/api/backup-policies/user-content", body: { name: policy.name, retention, fullBackup: policy.fullBackup } };
    },
    observe: async (world) => ({ policy: await planItem(world, "/api/backup-policies", "user-content") }),
  },
  "PATCH /api/backup-verification-schedule/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, _scene, caller) => {
      const check = await planItem(world, "/api/backup-verification-schedule", "quarterly-cross-region-failover");
      const intervalDays = caller === "admin" ? check.intervalDays : check.intervalDays + 1;
      return { path: "/api/backup-verification-schedule/quarterly-cross-region-failover", body: { cadence: check.cadence, intervalDays } };
    },
    observe: async (world) => ({
      check: await planItem(world, "/api/backup-verification-schedule", "quarterly-cross-region-failover"),
    }),
  },
  "POST /api/backups/verifications": {
    scene: "none",
    // Backup jobs post with a responder's token; management only reads.
    allowed: ["responder outside", "responder inside", "commander", "admin"],
    // A failed run of a check no other entry watches: it moves no data class's band.
    attempt: async (_world, scene) => ({
      path: "/api/backups/verifications",
      body: { check: "monthly-dr-simulation", dataClass: "configuration", performedAt: new Date().toISOString(), succeeded: false, notes: `Matrix ${scene.stamp}` },
    }),
    observe: async (world, scene) =>
      (await json(world, "/api/backups/verifications?check=monthly-dr-simulation")).find((run: { notes: string | null }) => run.notes === `Matrix ${scene.stamp}`) ?? null,
  },
  "POST /api/communication-templates": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({
      path: "/api/communication-templates",
      body: { name: `Matrix ${scene.stamp}`, audience: "internal", subject: "Matrix", body: "{{incident.title}}" },
    }),
    observe: async (world, scene) => mentions(world, "/api/communication-templates", `Matrix ${scene.stamp}`)(),
  },
  "DELETE /api/communication-templates/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      const created = await world.admin.post("/api/communication-templates", {
        data: { name: `Matrix removal ${scene.stamp}`, audience: "internal", subject: "Matrix", body: "{{incident.title}}" },
      });
      expect(created.status()).toBe(201);
      return { path: `/api/communication-templates/${(await created.json()).id}` };
    },
    observe: async (world, scene) => mentions(world, "/api/communication-templates", `Matrix removal ${scene.stamp}`)(),
  },
  "PUT /api/communication-templates/{id}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a changed body; the admin writes the template as it stands.
    attempt: async (world, scene, caller) => {
      const [template] = (await json(world, "/api/communication-templates")).templates;
      scene.subject = template.id;
      const body = caller === "admin" ? template.body : `${template.body} ${scene.stamp}`;
      return { path: `/api/communication-templates/${template.id}`, body: { name: template.name, subject: template.subject, body } };
    },
    observe: async (world, scene) =>
      (await json(world, "/api/communication-templates")).templates.find((template: { id: string }) => template.id === scene.subject),
  },
  "PATCH /api/drills/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, _scene, caller) => {
      const drill = await planItem(world, "/api/drills", "security-incident-response");
      const durationMinutes = caller === "admin" ? drill.durationMinutes : drill.durationMinutes + 1;
      return { path: "/api/drills/security-incident-response", body: { testType: drill.testType, durationMinutes, runbookKey: drill.runbookKey } };
    },
    observe: async (world) => ({ drill: drillPlanFields(await planItem(world, "/api/drills", "security-incident-response")) }),
  },
  "POST /api/drills/{key}/start": {
    scene: "none",
    allowed: COMMANDING,
    // Starting a drill declares an incident, and one drill of a test runs at a time: an allowed
    // caller ends the test's drill under way first. What a refused attempt must leave as it was is
    // that test's drill under way (or that there is none), never the lists other entries move.
    attempt: async (world, scene, caller) => {
      if (COMMANDING.includes(caller)) await endRunningDrill(world, MATRIX_DRILL);
      return { path: `/api/drills/${MATRIX_DRILL}/start`, body: { title: `Matrix drill ${scene.stamp}` } };
    },
    observe: async (world) => (await planItem(world, "/api/drills", MATRIX_DRILL)).running,
  },
  "POST /api/escalations/{id}/acknowledge": {
    scene: "active",
    // Level 1 pages the on-call engineer, whom no demo user stands for: the responder was not paged.
    allowed: COMMANDING,
    attempt: async (world, scene) => ({ path: `/api/escalations/${await firedEscalation(world, scene)}/acknowledge` }),
  },
  "POST /api/incidents": {
    scene: "none",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: "/api/incidents", body: { title: `Matrix declared ${scene.stamp}`, services: [{ key: "cdn", impact: "degraded" }] } }),
    observe: async (world, scene) => mentions(world, "/api/incidents", `Matrix declared ${scene.stamp}`)(),
  },
  "PATCH /api/incidents/{id}": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}`, body: { severity: "critical" } }),
  },
  "PATCH /api/incidents/{id}/details": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/details`, body: { title: `Matrix mended ${scene.stamp}` } }),
  },
  "POST /api/incidents/{id}/declared-in-error": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/declared-in-error`, body: { reason: `Matrix ${scene.stamp} was a test` } }),
  },
  "PATCH /api/incidents/{id}/checklist/{itemId}": {
    scene: "active",
    allowed: WORKING,
    attempt: async (world, scene) => {
      const [item] = (await world.incident(scene.incidentId)).checklist;
      return { path: `/api/incidents/${scene.incidentId}/checklist/${item.id}`, body: { done: true, version: item.version } };
    },
  },
  "POST /api/incidents/{id}/escalation/{action}": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/escalation/pause`, body: { reason: `Matrix ${scene.stamp}` } }),
  },
  "POST /api/incidents/{id}/join": {
    scene: "active",
    allowed: ["responder outside", "commander", "admin"],
    otherwise: { "responder inside": 409 },
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/join` }),
  },
  "POST /api/incidents/{id}/notes": {
    scene: "active",
    allowed: WORKING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/notes`, body: { body: `Matrix note ${scene.stamp}` } }),
  },
  "POST /api/incidents/{id}/obligations": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (world, scene) => ({ path: `/api/incidents/${scene.incidentId}/obligations`, body: { obligationKey: await matrixObligation(world, scene.stamp) } }),
  },
  "POST /api/incidents/{id}/obligations/{key}/reports": {
    scene: "active",
    allowed: COMMANDING,
    // The admin classifies the scene's incident first; the attempt records its first report.
    attempt: async (world, scene) => {
      const obligationKey = await matrixObligation(world, scene.stamp);
      const classified = await world.admin.post(`/api/incidents/${scene.incidentId}/obligations`, { data: { obligationKey } });
      expect(classified.status()).toBe(201);
      return { path: `/api/incidents/${scene.incidentId}/obligations/${obligationKey}/reports`, body: { deadline: "notice", reference: `Matrix ${scene.stamp}` } };
    },
  },
  "POST /api/incidents/{id}/pins": {
    scene: "active",
    allowed: WORKING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/pins`, body: { seq: 1, pinned: true } }),
  },
  "PATCH /api/incidents/{id}/review": {
    allowed: WORKING,
    scene: "resolved",
    // As the review page saves: with the version it was shown.
    attempt: async (world, scene) => {
      const { version } = await review(world, scene);
      return { path: `/api/incidents/${scene.incidentId}/review`, body: { wentWell: `Matrix ${scene.stamp}`, version } };
    },
  },
  "POST /api/incidents/{id}/review/action-items": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (_world, scene) => ({
      path: `/api/incidents/${scene.incidentId}/review/action-items`,
      body: { title: `Matrix item ${scene.stamp}`, ownerName: "DevOps Lead" },
    }),
  },
  "POST /api/incidents/{id}/review/attendees": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/review/attendees`, body: { name: `Vendor ${scene.stamp}` } }),
  },
  "DELETE /api/incidents/{id}/review/attendees/{attendeeId}": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (world, scene) => {
      const added = await world.admin.post(`/api/incidents/${scene.incidentId}/review/attendees`, { data: { name: `Vendor ${scene.stamp}` } });
      expect(added.status()).toBe(201);
      const { attendees } = await review(world, scene);
      return { path: `/api/incidents/${scene.incidentId}/review/attendees/${attendees.at(-1).id}` };
    },
  },
  "PUT /api/incidents/{id}/review/criteria/{key}": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (world, scene) => {
      const [criterion] = (await review(world, scene)).criteria;
      return { path: `/api/incidents/${scene.incidentId}/review/criteria/${criterion.key}`, body: { met: true } };
    },
  },
  "POST /api/incidents/{id}/review/criteria/{key}/confirmation": {
    allowed: COMMANDING,
    scene: "resolved",
    // Performance has no measure: any score is the commander's to confirm, with no note.
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/review/criteria/performance/confirmation`, body: { met: true } }),
  },
  "POST /api/incidents/{id}/review/findings": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/review/findings`, body: { text: `Matrix finding ${scene.stamp}` } }),
  },
  "DELETE /api/incidents/{id}/review/findings/{findingId}": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (world, scene) => {
      const added = await world.admin.post(`/api/incidents/${scene.incidentId}/review/findings`, { data: { text: `Matrix finding ${scene.stamp}` } });
      expect(added.status()).toBe(201);
      const { findings } = await review(world, scene);
      return { path: `/api/incidents/${scene.incidentId}/review/findings/${findings.at(-1).id}` };
    },
  },
  "PUT /api/incidents/{id}/review/impact-start": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (world, scene) => {
      const { detectedAt } = await json(world, `/api/incidents/${scene.incidentId}`);
      return { path: `/api/incidents/${scene.incidentId}/review/impact-start`, body: { impactStartedAt: new Date(Date.parse(detectedAt) - 60_000).toISOString() } };
    },
  },
  "PUT /api/incidents/{id}/review/services/{key}/data-loss": {
    allowed: WORKING,
    scene: "resolved",
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/review/services/cdn/data-loss`, body: { dataLossMinutes: 5 } }),
  },
  "POST /api/incidents/{id}/roles": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (world, scene) => ({ path: `/api/incidents/${scene.incidentId}/roles`, body: { userId: world.userId("responder"), role: "scribe" } }),
  },
  "DELETE /api/incidents/{id}/roles/{assignmentId}": {
    scene: "active",
    allowed: COMMANDING,
    // The plan's communications lead, a contact without an account, is made scribe; the attempt removes them.
    attempt: async (world, scene) => {
      const contacts: { id: string; key: string }[] = await json(world, "/api/contacts");
      const comms = contacts.find((contact) => contact.key === "communications-lead");
      const assigned = await world.admin.post(`/api/incidents/${scene.incidentId}/roles`, { data: { contactId: comms?.id, role: "scribe" } });
      expect(assigned.status()).toBe(201);
      const scribe = (await world.incident(scene.incidentId)).roles.find((role) => role.role === "scribe" && !role.endedAt);
      return { path: `/api/incidents/${scene.incidentId}/roles/${scribe?.id}` };
    },
  },
  "POST /api/incidents/{id}/services": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/services`, body: { key: "redis", impact: "degraded" } }),
  },
  "PATCH /api/incidents/{id}/services/{key}": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/services/cdn`, body: { impact: "down" } }),
  },
  "DELETE /api/incidents/{id}/services/{key}": {
    scene: "active",
    allowed: COMMANDING,
    // The scene's only service cannot be removed: a second one is added to remove.
    attempt: async (world, scene) => {
      const added = await world.admin.post(`/api/incidents/${scene.incidentId}/services`, { data: { key: "redis", impact: "at_risk" } });
      expect(added.status()).toBe(201);
      return { path: `/api/incidents/${scene.incidentId}/services/redis` };
    },
  },
  "DELETE /api/incidents/{id}/services/{key}/restored": {
    scene: "active",
    allowed: WORKING,
    attempt: async (world, scene) => {
      const restored = await world.admin.post(`/api/incidents/${scene.incidentId}/services/cdn/restored`, { data: {} });
      expect(restored.status()).toBe(200);
      return { path: `/api/incidents/${scene.incidentId}/services/cdn/restored` };
    },
  },
  "POST /api/incidents/{id}/services/{key}/restored": {
    scene: "active",
    allowed: WORKING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/services/cdn/restored`, body: {} }),
  },
  "POST /api/incidents/{id}/status-updates": {
    scene: "active",
    allowed: WORKING,
    attempt: async (_world, scene) => ({
      path: `/api/incidents/${scene.incidentId}/status-updates`,
      body: { body: `Matrix update ${scene.stamp}`, audience: "internal" },
    }),
  },
  "POST /api/incidents/{id}/status-updates/draft": {
    scene: "active",
    // A draft is the template filled in for the incident: it writes nothing, and everyone reads incidents.
    allowed: SIGNED_IN,
    attempt: async (world, scene) => {
      const [template] = (await json(world, "/api/communication-templates")).templates;
      return { path: `/api/incidents/${scene.incidentId}/status-updates/draft`, body: { templateId: template.id } };
    },
  },
  "POST /api/incidents/{id}/transitions": {
    scene: "active",
    allowed: COMMANDING,
    attempt: async (_world, scene) => ({ path: `/api/incidents/${scene.incidentId}/transitions`, body: { to: "assessing" } }),
  },
  "POST /api/notifications/read": {
    scene: "none",
    allowed: SIGNED_IN,
    attempt: async () => ({ path: "/api/notifications/read" }),
    observe: async () => null,
  },
  "PUT /api/plan/lists/{key}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries one item more; the admin writes the list back as it stands.
    attempt: async (world, scene, caller) => {
      const { items } = await planItem(world, "/api/plan/lists", "appendices");
      const extra = caller === "admin" ? [] : [{ text: `Matrix ${scene.stamp}`, details: [] }];
      return { path: "/api/plan/lists/appendices", body: { items: [...items, ...extra] } };
    },
    observe: async (world) => ({ list: await planItem(world, "/api/plan/lists", "appendices") }),
  },
  "PATCH /api/plan/review-cadences/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, _scene, caller) => {
      const cadence = await planItem(world, "/api/plan/review-cadences", "annual");
      const intervalMonths = caller === "admin" ? cadence.intervalMonths : cadence.intervalMonths + 1;
      return { path: "/api/plan/review-cadences/annual", body: { name: cadence.name, intervalMonths, items: cadence.items } };
    },
    observe: async (world) => ({ cadence: await planItem(world, "/api/plan/review-cadences", "annual") }),
  },
  "POST /api/plan/reviews": {
    scene: "none",
    allowed: ADMIN,
    attempt: async () => ({ path: "/api/plan/reviews", body: { reviewedAt: new Date().toISOString().slice(0, 10) } }),
    observe: async (world) => planDocument(world),
  },
  "POST /api/plan/approvals": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/plan/approvals", body: { note: `Matrix approval ${scene.stamp}` } }),
    // Approvals are append-only: a refused attempt adds none.
    observe: async (world) => (await json(world, "/api/plan/approvals")).length,
  },
  "POST /api/plan/review-cadences/{key}/held": {
    scene: "none",
    allowed: ADMIN,
    attempt: async () => ({ path: "/api/plan/review-cadences/monthly/held", body: { heldAt: new Date().toISOString().slice(0, 10) } }),
    observe: async (world) => (await json(world, "/api/plan/upkeep")).find((item: { key: string }) => item.key === "monthly"),
  },
  "POST /api/calendar/feed": {
    scene: "none",
    // Each signed-in user has a calendar address of their own.
    allowed: SIGNED_IN,
    attempt: async () => ({ path: "/api/calendar/feed" }),
    observe: async () => null,
  },
  "POST /api/review-agenda": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/review-agenda", body: { title: `Matrix ${scene.stamp}` } }),
    observe: async (world, scene) => mentions(world, "/api/review-agenda", `Matrix ${scene.stamp}`)(),
  },
  "PATCH /api/review-agenda/{key}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a new title; the admin writes the item back where and as it stands.
    attempt: async (world, scene, caller) => {
      const item = await planItem(world, "/api/review-agenda", "documentation-updates");
      const title = caller === "admin" ? item.title : `Matrix ${scene.stamp}`;
      return { path: "/api/review-agenda/documentation-updates", body: { title, position: item.position } };
    },
    // The item's title alone: other entries add and remove agenda items meanwhile.
    observe: async (world) => (await planItem(world, "/api/review-agenda", "documentation-updates")).title,
  },
  "DELETE /api/review-agenda/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      const added = await world.admin.post("/api/review-agenda", { data: { title: `Matrix removal ${scene.stamp}` } });
      expect(added.status()).toBe(201);
      return { path: `/api/review-agenda/${(await added.json()).at(-1).key}` };
    },
    observe: async (world, scene) => mentions(world, "/api/review-agenda", `Matrix removal ${scene.stamp}`)(),
  },
  "POST /api/reporting-obligations": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/reporting-obligations", body: matrixObligationBody(`Matrix ${scene.stamp}`) }),
    observe: async (world, scene) => mentions(world, "/api/reporting-obligations", `Matrix ${scene.stamp}`)(),
  },
  "PATCH /api/reporting-obligations/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      scene.subject = await matrixObligation(world, scene.stamp);
      return { path: `/api/reporting-obligations/${scene.subject}`, body: { name: `Matrix renamed ${scene.stamp}` } };
    },
    // The obligation the cell made alone: other entries add and remove theirs meanwhile.
    observe: async (world, scene) => planItem(world, "/api/reporting-obligations", scene.subject!),
  },
  "DELETE /api/reporting-obligations/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      scene.subject = await matrixObligation(world, scene.stamp);
      return { path: `/api/reporting-obligations/${scene.subject}` };
    },
    observe: async (world, scene) => planItem(world, "/api/reporting-obligations", scene.subject!),
  },
  "PATCH /api/contacts/{id}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a changed phone; the admin writes the contact's values back as they
    // stand, which changes nothing (its demo marker stays) and makes no new plan version.
    attempt: async (world, _scene, caller) => {
      const commander = await planItem(world, "/api/contacts", "incident-commander");
      const phone = caller === "admin" ? commander.phone : "+1 555 0199";
      return { path: `/api/contacts/${commander.id}`, body: { name: commander.name, phone, email: commander.email } };
    },
    observe: async (world) => ({ contact: await planItem(world, "/api/contacts", "incident-commander") }),
  },
  "POST /api/plan/import": {
    scene: "none",
    allowed: ADMIN,
    // Always a dry run, so no attempt changes the plan other specs read: the admin's is the plan as
    // it stands (a report of no changes); a refused caller's changes Monitoring's RTO.
    attempt: async (world, _scene, caller) => {
      const plan = await json(world, "/api/plan/export?format=json");
      if (caller !== "admin") plan.services.find((candidate: { key: string }) => candidate.key === "monitoring").rto = "13h";
      return { path: "/api/plan/import?dryRun=true", body: plan };
    },
    observe: async (world) => planItem(world, "/api/services", "monitoring"),
  },
  "PATCH /api/scenarios/{key}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries one example fewer; the admin writes the scenario back as it stands,
    // which changes nothing and makes no new plan version.
    attempt: async (world, _scene, caller) => {
      const { name, severity, examples, runbooks } = await planItem(world, "/api/scenarios", "performance-degradation");
      return { path: "/api/scenarios/performance-degradation", body: { name, severity, examples: caller === "admin" ? examples : examples.slice(1), runbooks } };
    },
    observe: async (world) => ({ scenario: await planItem(world, "/api/scenarios", "performance-degradation") }),
  },
  "PATCH /api/recovery-tiers/{severity}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a longer status-update interval; the admin writes the tier back as it stands.
    attempt: async (world, _scene, caller) => {
      const minor = await recoveryTier(world, "minor");
      const statusUpdateIntervalMinutes = caller === "admin" ? minor.statusUpdateIntervalMinutes : minor.statusUpdateIntervalMinutes + 1;
      return { path: "/api/recovery-tiers/minor", body: { rtoMinMinutes: minor.rtoMinMinutes, rtoMaxMinutes: minor.rtoMaxMinutes, statusUpdateIntervalMinutes } };
    },
    observe: async (world) => ({ tier: await recoveryTier(world, "minor") }),
  },
  "PATCH /api/escalation-levels/{id}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries another audience for the last level; the admin writes it back as it stands.
    attempt: async (world, _scene, caller) => {
      const external = await planItem(world, "/api/escalation-levels", "external");
      const audience = caller === "admin" ? external.audience : `${external.audience} + Insurer`;
      return { path: `/api/escalation-levels/${external.id}`, body: { afterMinutes: external.afterMinutes, audience, contactIds: external.contactIds } };
    },
    observe: lastLevel,
  },
  "PATCH /api/plan": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries another owner; the admin writes the document's details back as they stand.
    attempt: async (world, _scene, caller) => {
      const plan = await json(world, "/api/plan");
      const owner = caller === "admin" ? plan.owner : `${plan.owner} (acting)`;
      return { path: "/api/plan", body: { owner, reviewIntervalMonths: plan.reviewIntervalMonths, distribution: plan.distribution } };
    },
    // The details the write would change: a review recorded meanwhile moves only the review dates.
    observe: async (world) => {
      const { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution } = await json(world, "/api/plan");
      return { details: { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution } };
    },
  },
  "POST /api/services": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/services", body: { name: `Matrix service ${scene.stamp}`, rtoMinutes: 240 } }),
    observe: async (world, scene) => mentions(world, "/api/services", `Matrix service ${scene.stamp}`)(),
    cleanUp: async (world, _scene, answer) => removed(world, `/api/services/${(answer as { key: string }).key}`),
  },
  "DELETE /api/services/{key}": {
    scene: "none",
    allowed: ADMIN,
    // The admin removes a service of its own; a refused caller aims at the plan's Analytics.
    attempt: async (world, scene, caller) => {
      if (caller !== "admin") return { path: "/api/services/analytics" };
      const added = await world.admin.post("/api/services", { data: { name: `Matrix removal ${scene.stamp}` } });
      expect(added.status()).toBe(201);
      return { path: `/api/services/${(await added.json()).key}` };
    },
    observe: async (world) => ({ service: await planItem(world, "/api/services", "analytics") }),
  },
  "POST /api/scenarios": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/scenarios", body: { name: `Matrix scenario ${scene.stamp}`, severity: "minor" } }),
    observe: async (world, scene) => mentions(world, "/api/scenarios", `Matrix scenario ${scene.stamp}`)(),
    cleanUp: async (world, _scene, answer) => removed(world, `/api/scenarios/${(answer as { key: string }).key}`),
  },
  "DELETE /api/scenarios/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene, caller) => {
      if (caller !== "admin") return { path: "/api/scenarios/performance-degradation" };
      const added = await world.admin.post("/api/scenarios", { data: { name: `Matrix removal ${scene.stamp}`, severity: "minor" } });
      expect(added.status()).toBe(201);
      return { path: `/api/scenarios/${(await added.json()).key}` };
    },
    observe: async (world) => ({ scenario: await planItem(world, "/api/scenarios", "performance-degradation") }),
  },
  "POST /api/contacts": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/contacts", body: matrixContactBody(`Matrix contact ${scene.stamp}`) }),
    observe: async (world, scene) => mentions(world, "/api/contacts", `Matrix contact ${scene.stamp}`)(),
    cleanUp: async (world, _scene, answer) => removed(world, `/api/contacts/${(answer as { id: string }).id}`),
  },
  "DELETE /api/contacts/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene, caller) => {
      if (caller !== "admin") return { path: `/api/contacts/${(await planItem(world, "/api/contacts", "incident-commander")).id}` };
      const added = await world.admin.post("/api/contacts", { data: matrixContactBody(`Matrix removal ${scene.stamp}`) });
      expect(added.status()).toBe(201);
      return { path: `/api/contacts/${(await added.json()).id}` };
    },
    observe: async (world) => ({ contact: await planItem(world, "/api/contacts", "incident-commander") }),
  },
  "POST /api/escalation-levels": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => ({ path: "/api/escalation-levels", body: await matrixLevelBody(world, `Matrix level ${scene.stamp}`, 0) }),
    observe: async (world, scene) => mentions(world, "/api/escalation-levels", `Matrix level ${scene.stamp}`)(),
    cleanUp: async (world, _scene, answer) => removed(world, `/api/escalation-levels/${(answer as { id: string }).id}`),
  },
  "DELETE /api/escalation-levels/{id}": {
    scene: "none",
    allowed: ADMIN,
    // No level of the plan can be removed once incidents have escalated through it, so a refused
    // caller aims at the last level; the admin at a level of its own.
    attempt: async (world, scene, caller) => {
      const external = await planItem(world, "/api/escalation-levels", "external");
      if (caller !== "admin") return { path: `/api/escalation-levels/${external.id}` };
      const added = await world.admin.post("/api/escalation-levels", { data: await matrixLevelBody(world, `Matrix removal ${scene.stamp}`, 1) });
      expect(added.status()).toBe(201);
      return { path: `/api/escalation-levels/${(await added.json()).id}` };
    },
    observe: lastLevel,
  },
  "PATCH /api/services/{key}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a changed RTO; the admin writes the service's values back as they stand,
    // which changes nothing and makes no new plan version.
    attempt: async (world, _scene, caller) => {
      const monitoring = await planItem(world, "/api/services", "monitoring");
      const rtoMinutes = caller === "admin" ? monitoring.rtoMinutes : monitoring.rtoMinutes + 1;
      return { path: "/api/services/monitoring", body: { name: monitoring.name, rtoMinutes, dependsOn: monitoring.dependsOn, isPublic: monitoring.isPublic } };
    },
    observe: async (world) => ({ service: await planItem(world, "/api/services", "monitoring") }),
  },
  "PATCH /api/success-criteria/{key}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, _scene, caller) => {
      const criterion = await planItem(world, "/api/success-criteria", "communication");
      const description = caller === "admin" ? criterion.description : `${criterion.description} (matrix)`;
      return { path: "/api/success-criteria/communication", body: { name: criterion.name, description } };
    },
    observe: async (world) => ({ criterion: await planItem(world, "/api/success-criteria", "communication") }),
  },
  "POST /api/plan/versions": {
    scene: "none",
    allowed: ADMIN,
    // The admin's attempt moves the shared plan on to its next major version; the specs that read
    // the plan's version take any version of the form n.m.
    attempt: async (_world, scene) => ({ path: "/api/plan/versions", body: { note: `Matrix ${scene.stamp}` } }),
    observe: async (world, scene) => mentions(world, "/api/plan/versions", `Matrix ${scene.stamp}`)(),
  },
  "PATCH /api/runbooks/{key}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a new title; the admin writes the title back as it stands.
    attempt: async (world, scene, caller) => {
      const { title } = await runbook(world);
      return { path: `/api/runbooks/${MATRIX_RUNBOOK}`, body: { title: caller === "admin" ? title : `${title} ${scene.stamp}` } };
    },
    observe: async (world) => {
      const { title, situation, detection } = await runbook(world);
      return { title, situation, detection };
    },
  },
  "POST /api/runbooks/{key}/phases": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: `/api/runbooks/${MATRIX_RUNBOOK}/phases`, body: { name: `Matrix phase ${scene.stamp}` } }),
    observe: async (world, scene) => mentions(world, `/api/runbooks/${MATRIX_RUNBOOK}`, `Matrix phase ${scene.stamp}`)(),
  },
  "PATCH /api/runbooks/{key}/phases/{phaseKey}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries a time window; the admin writes the phase's name back as it stands.
    attempt: async (world, _scene, caller) => {
      const [phase] = (await runbook(world)).phases;
      return { path: `/api/runbooks/${MATRIX_RUNBOOK}/phases/${phase.key}`, body: caller === "admin" ? { name: phase.name } : { windowStartMinutes: 0, windowEndMinutes: 5 } };
    },
    // The first phase's own fields: other entries add steps to it meanwhile.
    observe: async (world) => {
      const { key, name, windowStartMinutes, windowEndMinutes, windowAnchor } = (await runbook(world)).phases[0];
      return { key, name, windowStartMinutes, windowEndMinutes, windowAnchor };
    },
  },
  "DELETE /api/runbooks/{key}/phases/{phaseKey}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      const name = `Matrix phase ${scene.stamp}`;
      const added = await world.admin.post(`/api/runbooks/${MATRIX_RUNBOOK}/phases`, { data: { name } });
      expect(added.status()).toBe(201);
      const phase = (await added.json()).phases.find((candidate: { name: string }) => candidate.name === name);
      return { path: `/api/runbooks/${MATRIX_RUNBOOK}/phases/${phase.key}` };
    },
    observe: async (world, scene) => mentions(world, `/api/runbooks/${MATRIX_RUNBOOK}`, `Matrix phase ${scene.stamp}`)(),
  },
  "POST /api/runbooks/{key}/phases/{phaseKey}/steps": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      const [phase] = (await runbook(world)).phases;
      return { path: `/api/runbooks/${MATRIX_RUNBOOK}/phases/${phase.key}/steps`, body: { title: `Matrix step ${scene.stamp}` } };
    },
    observe: async (world, scene) => mentions(world, `/api/runbooks/${MATRIX_RUNBOOK}`, `Matrix step ${scene.stamp}`)(),
  },
  "PATCH /api/runbooks/{key}/steps/{id}": {
    scene: "none",
    allowed: ADMIN,
    // A refused caller tries moving the first step down; the admin writes its title back as it stands.
    attempt: async (world, _scene, caller) => {
      const [step] = (await runbook(world)).phases[0].steps;
      return { path: `/api/runbooks/${MATRIX_RUNBOOK}/steps/${step.id}`, body: caller === "admin" ? { title: step.title } : { position: 2 } };
    },
    // The first step alone: other entries add steps after it meanwhile.
    observe: async (world) => (await runbook(world)).phases[0].steps[0],
  },
  "DELETE /api/runbooks/{key}/steps/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      const [phase] = (await runbook(world)).phases;
      const title = `Matrix step ${scene.stamp}`;
      const added = await world.admin.post(`/api/runbooks/${MATRIX_RUNBOOK}/phases/${phase.key}/steps`, { data: { title } });
      expect(added.status()).toBe(201);
      const step = (await added.json()).phases[0].steps.find((candidate: { title: string }) => candidate.title === title);
      return { path: `/api/runbooks/${MATRIX_RUNBOOK}/steps/${step.id}` };
    },
    observe: async (world, scene) => mentions(world, `/api/runbooks/${MATRIX_RUNBOOK}`, `Matrix step ${scene.stamp}`)(),
  },
  "POST /api/subscribers": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/subscribers", body: { email: `matrix-${scene.stamp}@example.com`, audience: "stakeholders" } }),
    observe: async (world, scene) => mentions(world, "/api/subscribers", `matrix-${scene.stamp}@example.com`)(),
  },
  "DELETE /api/subscribers/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      const created = await world.admin.post("/api/subscribers", { data: { email: `matrix-${scene.stamp}@example.com`, audience: "stakeholders" } });
      expect(created.status()).toBe(201);
      return { path: `/api/subscribers/${(await created.json()).id}` };
    },
    observe: async (world, scene) => mentions(world, "/api/subscribers", `matrix-${scene.stamp}@example.com`)(),
  },
  "POST /api/tokens": {
    scene: "none",
    allowed: SIGNED_IN,
    attempt: async (_world, scene) => ({ path: "/api/tokens", body: { name: `Matrix ${scene.stamp}` } }),
    observe: async (world, scene) => mentions(world, "/api/tokens", `Matrix ${scene.stamp}`)(),
  },
  "DELETE /api/tokens/{id}: one's own": {
    scene: "none",
    allowed: SIGNED_IN,
    attempt: async (world, scene, caller) => ({ path: `/api/tokens/${await tokenOf(world, caller, scene.stamp)}` }),
    observe: async (world, scene) => mentions(world, "/api/tokens", `Matrix ${scene.stamp}`)(),
  },
  "DELETE /api/tokens/{id}: the admin's": {
    scene: "none",
    // Another's token is not the caller's to know of, the admin's own tokens aside.
    allowed: ADMIN,
    refusedWith: 404,
    attempt: async (world, scene) => ({ path: `/api/tokens/${await tokenOf(world, "admin", scene.stamp)}` }),
    observe: async (world, scene) => mentions(world, "/api/tokens", `Matrix ${scene.stamp}`)(),
  },
  "POST /api/users": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/users", body: { email: `matrix-${scene.stamp}@example.com`, name: `Matrix ${scene.stamp}`, role: "viewer" } }),
    observe: async (world, scene) => mentions(world, "/api/users", `matrix-${scene.stamp}@example.com`)(),
  },
  // The user writes aim at a throwaway user of their own, so no allowed attempt demotes or
  // deactivates a caller the matrix signs in as.
  "PATCH /api/users/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      scene.subject = await throwawayUser(world, scene);
      return { path: `/api/users/${scene.subject}`, body: { role: "responder" } };
    },
    observe: async (world, scene) => managedUser(world, scene.subject),
  },
  "POST /api/users/{id}/password-reset": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => {
      scene.subject = await throwawayUser(world, scene);
      return { path: `/api/users/${scene.subject}/password-reset`, body: { access: "one-time-password" } };
    },
    observe: async (world, scene) => managedUser(world, scene.subject),
  },
  "POST /api/webhooks": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (_world, scene) => ({ path: "/api/webhooks", body: { name: `Matrix ${scene.stamp}`, url: "http://127.0.0.1:9/matrix" } }),
    observe: async (world, scene) => mentions(world, "/api/webhooks", `Matrix ${scene.stamp}`)(),
  },
  "PATCH /api/webhooks/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => ({ path: `/api/webhooks/${await matrixWebhook(world, scene)}`, body: { name: `Matrix renamed ${scene.stamp}` } }),
    observe: async (world, scene) => mentions(world, "/api/webhooks", `Matrix renamed ${scene.stamp}`)(),
  },
  "DELETE /api/webhooks/{id}": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => ({ path: `/api/webhooks/${await matrixWebhook(world, scene)}` }),
    observe: async (world, scene) => mentions(world, "/api/webhooks", `Matrix destination ${scene.stamp}`)(),
  },
  "POST /api/webhooks/{id}/test": {
    scene: "none",
    allowed: ADMIN,
    attempt: async (world, scene) => ({ path: `/api/webhooks/${await matrixWebhook(world, scene)}/test` }),
    observe: async (world, scene) =>
      (await json(world, "/api/audit")).events.filter((event: { action: string; itemKey: string }) => event.action === "webhook.tested" && event.itemKey === scene.subject).length,
  },
};

/** Routes anyone may write to, and why they are not in the matrix. */
export const PUBLIC_WRITES: Record<string, string> = {
  "POST /api/auth/{nextauth*}": "next-auth's own sign-in and sign-out; the sign-in suite tries it",
  "POST /api/escalations/{id}/email-acknowledgement": "answers a signed link from an e-mail, which is its only credential",
  "POST /api/invitations/accept": "takes the token of an invitation link, which is its only credential; lib/users/mutations.test.ts tries it",
};

/** The runbook the matrix writes to: a test procedure, which no incident's checklist and no other spec reads. */
const MATRIX_RUNBOOK = "quarterly-application-recovery-test";

/** The matrix's runbook as GET /api/runbooks/{key} shows it. */
async function runbook(world: World) {
  return json(world, `/api/runbooks/${MATRIX_RUNBOOK}`);
}

/** A recovery tier as GET /api/recovery-tiers shows it. */
async function recoveryTier(world: World, severity: string) {
  return (await json(world, "/api/recovery-tiers")).find((candidate: { severity: string }) => candidate.severity === severity);
}

/** A viewer with a pending invitation, made by the admin for one attempt. */
async function throwawayUser(world: World, scene: Scene): Promise<string> {
  const created = await world.admin.post("/api/users", { data: { email: `matrix-${scene.stamp}@example.com`, name: `Matrix ${scene.stamp}`, role: "viewer" } });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

/** A user as GET /api/users shows it to the admin. */
async function managedUser(world: World, id: string | undefined) {
  return (await json(world, "/api/users")).find((candidate: { id: string }) => candidate.id === id);
}

/** An item of a plan list that GET `path` answers, by its key. */
/** The recovery test the matrix starts drills of: one no other spec starts or edits. */
const MATRIX_DRILL = "cross-region-failover";

/** Resolves the test's drill under way, if there is one, as an admin. */
async function endRunningDrill(world: World, key: string) {
  const { running } = await planItem(world, "/api/drills", key);
  if (!running) return;
  for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating", "resolved"]) {
    const moved = await world.admin.post(`/api/incidents/${running.id}/transitions`, { data: { to } });
    expect(moved.status(), `move drill #${running.number} to ${to}`).toBe(200);
  }
}

/** A test's fields as the plan holds them: its runs move on as other specs start drills of it. */
const DRILL_RUN_FIELDS = new Set(["lastRunAt", "nextDueAt", "state", "running"]);
function drillPlanFields(drill: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(drill).filter(([field]) => !DRILL_RUN_FIELDS.has(field)));
}

/** Where the role matrix's own escalation levels go: after every level of the plan, within the week a level may wait. */
const MATRIX_LEVEL_MINUTES = 10_000;

/**
 * A level after the plan's own, in slot 0 or 1 so two cells never collide; each ends before the
 * next slot. The plan's last level is given an end first (once: writing it again changes nothing),
 * as only the last level may stay open.
 */
async function matrixLevelBody(world: World, name: string, slot: number) {
  const external = await planItem(world, "/api/escalation-levels", "external");
  const ended = await world.admin.patch(`/api/escalation-levels/${external.id}`, { data: { untilMinutes: MATRIX_LEVEL_MINUTES } });
  expect(ended.status()).toBe(200);
  const afterMinutes = MATRIX_LEVEL_MINUTES + slot * 20;
  return { name, afterMinutes, untilMinutes: afterMinutes + 10, audience: "Matrix", contactIds: external.contactIds };
}

/** A contact to reach nobody: an escalation contact, so the contacts page's lists never show it. */
function matrixContactBody(name: string) {
  return { kind: "escalation", role: name, name, phone: "+1 555 0100", email: "matrix@example.com" };
}

/** The plan's last level but its end, which the matrix's cells that add levels give it meanwhile. */
async function lastLevel(world: World) {
  const { id, name, afterMinutes, audience, contactIds } = await planItem(world, "/api/escalation-levels", "external");
  return { level: { id, name, afterMinutes, audience, contactIds } };
}

async function removed(world: World, path: string) {
  expect((await world.admin.delete(path)).status(), `DELETE ${path}`).toBe(204);
}

async function planItem(world: World, path: string, key: string) {
  return (await json(world, path)).find((candidate: { key: string }) => candidate.key === key);
}

/** A reporting obligation written by hand, named for the cell: one deadline, "notice", 4 hours from classification. */
function matrixObligationBody(name: string) {
  return { name, clockStart: "classification", deadlines: [{ key: "notice", name: "Notice", within: "4h", from: "clock_start" }] };
}

/** Adds an obligation of the cell's own to the plan (as the admin) and answers its key. */
async function matrixObligation(world: World, stamp: string): Promise<string> {
  const added = await world.admin.post("/api/reporting-obligations", { data: matrixObligationBody(`Matrix obligation ${stamp}`) });
  expect(added.status()).toBe(201);
  return (await added.json()).key;
}

/** When the plan was last reviewed, and when it is next due. */
export async function planDocument(world: World) {
  // The review dates alone: the version moves on with every other entry's plan write.
  const { lastReviewedAt, nextReviewAt } = await json(world, "/api/plan");
  return { lastReviewedAt, nextReviewAt };
}

/** Each server action, by its exported name: who may call it, with what, and what a refusal leaves alone. */
export const SERVER_ACTIONS: Record<string, { allowed: readonly Caller[]; page: string; args: unknown[]; observe: (world: World) => Promise<unknown> }> = {
  recordPlanReviewAction: { allowed: ADMIN, page: "/plan", args: [{}], observe: planDocument },
};

/** What a command answered: its ack's verdict, or null for a command that answers nothing. */
export type SocketAnswer = { ok: true } | { ok: false; status: number; error: string } | null;

export type SocketCase = {
  allowed: readonly Caller[];
  scene: "active" | "none";
  send: (socket: RealtimeClient, world: World, scene: Scene) => Promise<SocketAnswer>;
};

function acked<Reply extends { ok: boolean }>(emit: (ack: (reply: Reply) => void) => void): Promise<SocketAnswer> {
  return new Promise((resolve) => emit((reply) => resolve(reply.ok ? { ok: true } : (reply as unknown as SocketAnswer))));
}

/** Every socket command; a socket without a session is refused at the handshake, before any. */
export const SOCKET_COMMANDS = {
  "session:whoami": {
    allowed: SIGNED_IN,
    scene: "none",
    send: (socket) => new Promise((resolve) => socket.emit("session:whoami", (session) => resolve(session.id ? { ok: true } : null))),
  },
  "incident:join": {
    allowed: SIGNED_IN,
    scene: "active",
    send: (socket, _world, scene) => acked((ack) => socket.emit("incident:join", { incidentId: scene.incidentId, afterSeq: 0 }, ack)),
  },
  // Leaving answers nothing and changes nothing but the caller's own subscriptions.
  "incident:leave": {
    allowed: SIGNED_IN,
    scene: "active",
    send: async (socket, _world, scene) => (socket.emit("incident:leave", { incidentId: scene.incidentId }), null),
  },
  "board:join": { allowed: SIGNED_IN, scene: "none", send: (socket) => acked((ack) => socket.emit("board:join", ack)) },
  "board:leave": { allowed: SIGNED_IN, scene: "none", send: async (socket) => (socket.emit("board:leave"), null) },
  "checklist:set": {
    allowed: WORKING,
    scene: "active",
    send: async (socket, world, scene) => {
      const [item] = (await world.incident(scene.incidentId)).checklist;
      return acked((ack) => socket.emit("checklist:set", { incidentId: scene.incidentId, itemId: item.id, done: true, version: item.version }, ack));
    },
  },
} satisfies Record<keyof ClientToServerEvents, SocketCase>;
