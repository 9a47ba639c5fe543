import "server-only";
// Before an incident is resolved, the commander sees what is still open: steps not ticked,
// services not restored, escalations nobody acknowledged, and whether the public has been told it
// is over. Nothing here refuses the resolution: the commander decides, knowingly.
import { draftResolutionNotice } from "@/lib/communications/data";
import { db } from "@/lib/db";
import { incidentNotFound } from "@/lib/incidents/data";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The plan's resolution notice, from post-recovery's "Update status page with resolution". */
export const RESOLUTION_TEMPLATE_KEY = "resolution-notice";
/** Steps named per phase; the rest are counted. */
export const STEPS_NAMED_PER_PHASE = 3;

type OpenStep = { runbookTitle: string; phaseName: string; title: string };

/** Open steps by runbook phase, in checklist order, each phase naming its first few. */
function byPhase(steps: readonly OpenStep[]) {
  const phases = new Map<string, { runbook: string; phase: string; open: number; titles: string[] }>();
  for (const step of steps) {
    const key = `${step.runbookTitle}\u0000${step.phaseName}`;
    const phase = phases.get(key) ?? { runbook: step.runbookTitle, phase: step.phaseName, open: 0, titles: [] };
    phase.open += 1;
    if (phase.titles.length < STEPS_NAMED_PER_PHASE) phase.titles.push(step.title);
    phases.set(key, phase);
  }
  return [...phases.values()];
}

/**
 * What is still open on an incident, as of `now`. The public has been told of the resolution when
 * the newest public update is the plan's resolution notice: an update posted after it (a new
 * problem, say) means the public page no longer says it is over.
 */
export async function getResolutionCheck(caller: SignedInUser, incidentId: string, now = new Date()) {
  requireSignedIn(caller);
  const incident = await db().incident.findUnique({
    where: { id: incidentId },
    select: {
      id: true,
      isDrill: true,
      checklist: { orderBy: { position: "asc" }, select: { runbookTitle: true, phaseName: true, title: true, done: true } },
      services: {
        where: { restoredAt: null },
        orderBy: { rtoDeadline: "asc" },
        select: { impact: true, rtoDeadline: true, breachedAt: true, service: { select: { key: true, name: true } } },
      },
      escalations: {
        where: { firedAt: { not: null }, acknowledgements: { none: {} } },
        orderBy: { dueAt: "asc" },
        select: { id: true, firedAt: true, level: { select: { name: true, audience: true } } },
      },
      statusUpdates: {
        where: { audience: "public" },
        orderBy: { postedAt: "desc" },
        take: 1,
        select: { subject: true, postedAt: true, template: { select: { key: true } } },
      },
    },
  });
  if (!incident) throw incidentNotFound(incidentId);
  const openSteps = incident.checklist.filter((step) => !step.done);
  const [lastPublic] = incident.statusUpdates;
  return {
    incidentId,
    steps: { total: incident.checklist.length, open: openSteps.length, phases: byPhase(openSteps) },
    services: incident.services.map(({ service, impact, rtoDeadline, breachedAt }) => ({
      key: service.key,
      name: service.name,
      impact,
      breached: !!breachedAt || rtoDeadline.getTime() <= now.getTime(),
    })),
    escalations: incident.escalations.map(({ id, firedAt, level }) => ({ id, level: level.name, audience: level.audience, firedAt: firedAt! })),
    publicNotice: {
      // A drill never reaches the public page: there is nothing to tell it.
      needed: !incident.isDrill,
      posted: lastPublic?.template?.key === RESOLUTION_TEMPLATE_KEY,
      lastPublic: lastPublic ? { subject: lastPublic.subject, postedAt: lastPublic.postedAt } : null,
      draft: incident.isDrill ? null : await draftResolutionNotice(incidentId, RESOLUTION_TEMPLATE_KEY, now),
    },
  };
}

export type ResolutionCheck = Awaited<ReturnType<typeof getResolutionCheck>>;
