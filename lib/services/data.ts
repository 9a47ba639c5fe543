import "server-only";
import { db } from "@/lib/db";

/** Every service, in the priority matrix's order, with the keys of what it depends on. */
export async function listServices() {
  const services = await db().service.findMany({
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
