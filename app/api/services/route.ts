import { authenticate } from "@/lib/auth/session";
import { handle } from "@/lib/http/route";
import { listServices } from "@/lib/services/data";
import { recoveryObjectives } from "@/lib/services/recovery-order";

/** The plan's services: stable keys for automation, objectives (inherited for unrated dependencies). */
export const GET = handle(async () => {
  await authenticate();
  const services = await listServices();
  const objectives = recoveryObjectives(services);
  return Response.json(
    services.map(({ key, name, priority, rtoMinutes, rpoMinutes, inPriorityMatrix, dependsOn }) => ({
      key,
      name,
      priority,
      rtoMinutes,
      rpoMinutes,
      inPriorityMatrix,
      dependsOn,
      objective: objectives.get(key) ?? null,
    })),
  );
});
