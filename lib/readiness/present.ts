// What GET /api/readiness answers: each service's last proof of recovery and whether it still stands.
import { z } from "zod";
import { instant } from "@/lib/present";
import type { Readiness, ServiceReadiness } from "@/lib/readiness/assess";
import { READINESS_STATES } from "@/lib/readiness/types";

const stateSchema = z.enum(READINESS_STATES);

export const serviceReadinessSchema = z.object({
  service: z.object({ key: z.string(), name: z.string(), priority: z.int().nullable(), rtoMinutes: z.int().nullable() }),
  /** proven: restored within its RTO, still standing; missed: standing, RTO missed; lapsed: no longer stands; never: never restored. */
  state: stateSchema,
  proof: z
    .object({
      at: instant(),
      incident: z.object({ id: z.string(), number: z.int(), title: z.string(), isDrill: z.boolean() }),
      recoveryMinutes: z.int(),
      rtoMinutes: z.int(),
      withinRto: z.boolean(),
    })
    .nullable(),
  /** The recovery test whose interval applies; null when no test covers the service and the yearly default applies. */
  test: z.object({ key: z.string(), testType: z.string() }).nullable(),
  intervalMonths: z.int(),
  lapses: z.array(z.object({ cause: z.enum(["interval", "service", "runbook"]), at: instant(), by: z.string().nullable(), words: z.string() })),
  nextTestDueAt: instant().nullable(),
});

export const readinessSchema = z.object({
  assessedAt: instant(),
  counts: z.object({ proven: z.int(), missed: z.int(), lapsed: z.int(), never: z.int() }),
  services: z.array(serviceReadinessSchema),
});

export type ServiceReadinessView = z.infer<typeof serviceReadinessSchema>;
export type ReadinessView = z.infer<typeof readinessSchema>;

function presentServiceReadiness({ service, state, proof, test, intervalMonths, lapses, nextTestDueAt }: ServiceReadiness): ServiceReadinessView {
  return {
    service: { key: service.key, name: service.name, priority: service.priority, rtoMinutes: service.rtoMinutes },
    state,
    proof: proof && {
      at: proof.at,
      incident: { id: proof.incident.id, number: proof.incident.number, title: proof.incident.title, isDrill: proof.incident.isDrill },
      recoveryMinutes: proof.recoveryMinutes,
      rtoMinutes: proof.rtoMinutes,
      withinRto: proof.withinRto,
    },
    test,
    intervalMonths,
    lapses: lapses.map(({ cause, at, by, words }) => ({ cause, at, by, words })),
    nextTestDueAt,
  };
}

export function presentReadiness({ assessedAt, counts, services }: Readiness): ReadinessView {
  return { assessedAt, counts: { ...counts }, services: services.map(presentServiceReadiness) };
}
