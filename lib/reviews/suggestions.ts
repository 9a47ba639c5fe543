// What the measured figures suggest for each of the plan's success criteria ("Success Criteria":
// RTO achievement, RPO achievement, functionality, performance, communication). A suggestion is
// a starting point with its reason in figures; the commander confirms it or decides otherwise.
import type { Audience } from "@/lib/generated/prisma/enums";
import { formatCount, formatMinutes } from "@/lib/format";
import type { ServiceOutcome } from "@/lib/reviews/outcomes";

/** The plan's success criteria the figures speak to (seeded with these keys). */
export const CRITERION_KEYS = {
  rto: "rto-achievement",
  rpo: "rpo-achievement",
  functionality: "functionality",
  communication: "communication",
} as const;

export type ScoringFigures = {
  services: ServiceOutcome[];
  checklist: { done: number; total: number };
  /** How many status updates were posted to each audience. */
  statusUpdates: Record<Audience, number>;
};

/** `reason` reads after "because": "Core API was restored in 1 h 10 min against a 1 h RTO". */
export type Suggestion = { met: boolean; reason: string };

function list(parts: string[]): string {
  return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Every scoped service restored within its RTO; nothing to say while a recovery is unrecorded. */
export function suggestRto(services: ServiceOutcome[]): Suggestion | null {
  const missed = services.filter((service) => service.rto === "missed");
  if (missed.length) {
    const late = missed.map((service) =>
      service.recoveryMinutes === null
        ? `${service.name} was not restored within its ${formatMinutes(service.rtoTargetMinutes)} RTO`
        : `${service.name} was restored in ${formatMinutes(service.recoveryMinutes)} against a ${formatMinutes(service.rtoTargetMinutes)} RTO`,
    );
    return { met: false, reason: list(late) };
  }
  if (!services.length || services.some((service) => service.rto === "not_recorded")) return null;
  const times = services.map((service) => `${service.name} in ${formatMinutes(service.recoveryMinutes ?? 0)} (RTO ${formatMinutes(service.rtoTargetMinutes)})`);
  return { met: true, reason: `every service was restored within its RTO: ${times.join(", ")}` };
}

/** Every recorded data loss within its RPO; nothing to say while none was recorded. */
export function suggestRpo(services: ServiceOutcome[]): Suggestion | null {
  const missed = services.filter((service) => service.rpo === "missed");
  const lost = (service: ServiceOutcome) => formatMinutes(service.dataLossMinutes ?? 0);
  if (missed.length) {
    return {
      met: false,
      reason: list(missed.map((service) => `${service.name} lost ${lost(service)} of data against a ${formatMinutes(service.rpoTargetMinutes)} RPO`)),
    };
  }
  const recorded = services.filter((service) => service.rpo === "met");
  if (!recorded.length) return null;
  const unrecorded = services.filter((service) => service.rpo === "not_recorded").map((service) => service.name);
  const losses = recorded.map((service) => `${service.name} ${lost(service)} (RPO ${formatMinutes(service.rpoTargetMinutes)})`);
  return {
    met: true,
    reason: `every recorded data loss was within its RPO: ${losses.join(", ")}${unrecorded.length ? `; not recorded for ${list(unrecorded)}` : ""}`,
  };
}

/** Every affected service restored, and every step of the checklist done. */
export function suggestFunctionality(services: ServiceOutcome[], checklist: ScoringFigures["checklist"]): Suggestion | null {
  if (!services.length && !checklist.total) return null;
  const unrestored = services.filter((service) => service.recoveryMinutes === null).map((service) => service.name);
  const problems = [
    unrestored.length && `${list(unrestored)} ${unrestored.length === 1 ? "was" : "were"} not marked restored`,
    checklist.done < checklist.total && `only ${checklist.done} of ${formatCount(checklist.total, "checklist step")} were done`,
  ].filter((problem): problem is string => !!problem);
  if (problems.length) return { met: false, reason: problems.join("; ") };
  const done = [
    services.length && `${services.length === 1 ? "the service was" : services.length === 2 ? "both services were" : `all ${services.length} services were`} restored`,
    checklist.total && `${checklist.total === 1 ? "the checklist step was" : `all ${checklist.total} checklist steps were`} done`,
  ].filter((part): part is string => !!part);
  return { met: true, reason: done.join(" and ") };
}

/** A status update reached the stakeholders or the public. */
export function suggestCommunication({ stakeholders, public: toPublic }: ScoringFigures["statusUpdates"]): Suggestion {
  if (!stakeholders && !toPublic) return { met: false, reason: "no status update was posted to stakeholders or the public" };
  const posted = [
    stakeholders && `${formatCount(stakeholders, "status update")} to stakeholders`,
    toPublic && `${stakeholders ? toPublic : formatCount(toPublic, "status update")} to the public`,
  ].filter((part): part is string => !!part);
  return { met: true, reason: `${list(posted)} ${stakeholders + toPublic === 1 ? "was" : "were"} posted` };
}

/**
 * Each criterion's suggestion, by key; performance has no measure in Muster, so the commander
 * decides it alone (as any criterion the plan adds).
 */
export function suggestedScores({ services, checklist, statusUpdates }: ScoringFigures): Record<string, Suggestion | null> {
  return {
    [CRITERION_KEYS.rto]: suggestRto(services),
    [CRITERION_KEYS.rpo]: suggestRpo(services),
    [CRITERION_KEYS.functionality]: suggestFunctionality(services, checklist),
    [CRITERION_KEYS.communication]: suggestCommunication(statusUpdates),
  };
}
