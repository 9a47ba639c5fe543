import { Badge } from "@/components/ui/badge";
import { formatMinutes } from "@/lib/format";
import type { ServiceWithDependencies } from "@/lib/services/data";
import type { StagedService } from "@/lib/services/recovery-order";

type UnratedDependenciesTableProps = {
  dependencies: StagedService<ServiceWithDependencies>[];
  services: ServiceWithDependencies[];
};

export function UnratedDependenciesTable({ dependencies, services }: UnratedDependenciesTableProps) {
  const neededBy = (key: string) => services.filter((service) => service.dependsOn.includes(key)).map((service) => service.name);
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Needed by</th>
            <th scope="col">RTO</th>
            <th scope="col">RPO</th>
            <th scope="col">Inherited from</th>
          </tr>
        </thead>
        <tbody>
          {dependencies.map(({ key, name, objective }) => (
            <tr key={key}>
              <td data-label="Service" data-card-title className="md:font-medium">
                <span className="flex flex-wrap items-center gap-2 text-ink">
                  {name}
                  <Badge>Not in matrix</Badge>
                </span>
              </td>
              <td data-label="Needed by" className="text-ink-muted">
                {neededBy(key).join(", ") || "Nothing"}
              </td>
              <td data-label="RTO" className="tabular-nums">
                {objective ? formatMinutes(objective.rtoMinutes) : "None"}
              </td>
              <td data-label="RPO" className="tabular-nums">
                {objective ? formatMinutes(objective.rpoMinutes) : "None"}
              </td>
              <td data-label="Inherited from" className="text-ink-muted">
                {objective?.inheritedFrom?.name ?? "Nothing rated needs it"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
