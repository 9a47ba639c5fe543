import { Badge } from "@/components/ui/badge";
import { StackedTable } from "@/components/ui/stacked-table";
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
    <StackedTable
      rows={dependencies}
      rowKey={(dependency) => dependency.key}
      columns={[
        {
          label: "Service",
          cardTitle: true,
          className: "md:font-medium",
          cell: ({ name }) => (
            <span className="flex flex-wrap items-center gap-2 text-ink">
              {name}
              <Badge>Not in matrix</Badge>
            </span>
          ),
        },
        { label: "Needed by", className: "text-ink-muted", cell: ({ key }) => neededBy(key).join(", ") || "Nothing" },
        { label: "RTO", className: "tabular-nums", cell: ({ objective }) => (objective ? formatMinutes(objective.rtoMinutes) : "None") },
        { label: "RPO", className: "tabular-nums", cell: ({ objective }) => (objective ? formatMinutes(objective.rpoMinutes) : "None") },
        { label: "Inherited from", className: "text-ink-muted", cell: ({ objective }) => objective?.inheritedFrom?.name ?? "Nothing rated needs it" },
      ]}
    />
  );
}
