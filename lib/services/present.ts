// What GET /api/services answers: stable keys for automation and each service's objectives.
import { z } from "zod";
import type { ServiceWithDependencies } from "@/lib/services/data";
import { recoveryObjectives } from "@/lib/services/recovery-order";

const recoveryObjectiveSchema = z.object({
  priority: z.int(),
  rtoMinutes: z.int(),
  rpoMinutes: z.int(),
  inheritedFrom: z.object({ key: z.string(), name: z.string() }).nullable(),
});

export const serviceSchema = z.object({
  key: z.string(),
  name: z.string(),
  priority: z.int().nullable(),
  rtoMinutes: z.int().nullable(),
  rpoMinutes: z.int().nullable(),
  inPriorityMatrix: z.boolean(),
  dependsOn: z.array(z.string()),
  /** Shown on the public status page. */
  isPublic: z.boolean(),
  /** Inherited from the strictest dependant for an unrated dependency. */
  objective: recoveryObjectiveSchema.nullable(),
});
export const serviceListSchema = z.array(serviceSchema);
export type ServiceView = z.infer<typeof serviceSchema>;

export function presentServices(services: readonly ServiceWithDependencies[]): ServiceView[] {
  const objectives = recoveryObjectives(services);
  return services.map(({ key, name, priority, rtoMinutes, rpoMinutes, inPriorityMatrix, dependsOn, isPublic }) => ({
    key,
    name,
    priority,
    rtoMinutes,
    rpoMinutes,
    inPriorityMatrix,
    dependsOn,
    isPublic,
    objective: objectives.get(key) ?? null,
  }));
}
