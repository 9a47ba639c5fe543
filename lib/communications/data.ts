import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Audience } from "@/lib/generated/prisma/enums";
import { draftStatusUpdateSchema } from "@/lib/communications/schema";
import { fillTemplate, type PlaceholderValues } from "@/lib/communications/render";
import { incidentNotFound } from "@/lib/incidents/data";
import { SEVERITY_LABELS, STATE_LABELS } from "@/lib/incidents/state-machine";
import { formatDateAndTime, MINUTE_MS } from "@/lib/format";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

// What a public text says of services it may not name.
const UNNAMED_SERVICES = "some of our services";

export function listTemplates(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().communicationTemplate.findMany({ orderBy: { position: "asc" } });
}

function utc(date: Date | null): string {
  return date ? `${formatDateAndTime(date)} UTC` : "not yet";
}

/**
 * The placeholders' values for an incident, as `audience` may see them, at `now`. `resolving`
 * drafts for the moment of resolution: an incident not yet resolved reads as resolved now.
 */
async function placeholderValues(incidentId: string, audience: Audience, now: Date, resolving = false): Promise<PlaceholderValues> {
  const incident = await db().incident.findUnique({
    where: { id: incidentId },
    include: { services: { include: { service: { select: { name: true, isPublic: true, position: true } } } } },
  });
  if (!incident) throw incidentNotFound(incidentId);
  const tier = await db().recoveryTier.findUniqueOrThrow({ where: { severity: incident.severity } });
  const named = incident.services
    .map(({ service }) => service)
    .filter((service) => audience !== "public" || service.isPublic)
    .sort((a, b) => a.position - b.position)
    .map((service) => service.name);
  return {
    "incident.title": incident.title,
    "incident.number": `#${incident.number}`,
    "incident.severity": SEVERITY_LABELS[incident.severity],
    "incident.state": STATE_LABELS[incident.state],
    services: named.length > 0 ? named.join(", ") : UNNAMED_SERVICES,
    detectedAt: utc(incident.detectedAt),
    resolvedAt: utc(incident.resolvedAt ?? (resolving ? now : null)),
    nextUpdateAt: utc(new Date(now.getTime() + tier.statusUpdateIntervalMinutes * MINUTE_MS)),
  };
}

/** A status update drafted from a template for an incident: to be read, edited and posted. */
export async function draftStatusUpdate(incidentId: string, input: unknown, now = new Date()) {
  const { templateId, audience: chosen } = parseInput(draftStatusUpdateSchema, input);
  const template = await db().communicationTemplate.findUnique({ where: { id: templateId } });
  if (!template) throw new DomainError("not_found", `No communication template has the id ${templateId}.`, "templateId");
  const audience = chosen ?? template.audience;
  const values = await placeholderValues(incidentId, audience, now);
  return {
    templateId,
    audience,
    subject: fillTemplate(template.subject, values),
    body: fillTemplate(template.body, values),
  };
}

/**
 * The resolution notice drafted from the plan's template of that key, for the public, as the
 * incident is resolved now; null when the plan has no such template.
 */
export async function draftResolutionNotice(incidentId: string, templateKey: string, now = new Date()) {
  const template = await db().communicationTemplate.findUnique({ where: { key: templateKey } });
  if (!template) return null;
  const values = await placeholderValues(incidentId, "public", now, true);
  return { templateId: template.id, subject: fillTemplate(template.subject, values), body: fillTemplate(template.body, values) };
}
