import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/timeline/mutations";

/** Every service, in the priority matrix's order, with the keys of what it depends on; in `tx` when given. */
export async function listServices(tx: Tx = db()) {
  const services = await tx.service.findMany({
    orderBy: { position: "asc" },
    include: { dependencies: { select: { dependsOn: { select: { key: true, position: true } } } } },
  });
  return services.map(({ dependencies, ...service }) => ({
    ...service,
    dependsOn: dependencies
      .map((dependency) => dependency.dependsOn)
      .sort((a, b) => a.position - b.position)
      .map((dependency) => dependency.key),
  }));
}

export type ServiceWithDependencies = Awaited<ReturnType<typeof listServices>>[number];
