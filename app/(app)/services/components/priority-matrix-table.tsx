import { PriorityBadge } from "@/components/priority-badge";
import { StackedTable } from "@/components/ui/stacked-table";
import { formatMinutes } from "@/lib/format";
import type { ServiceWithDependencies } from "@/lib/services/data";

type PriorityMatrixTableProps = { services: ServiceWithDependencies[]; nameOf: Map<string, string> };

export function PriorityMatrixTable({ services, nameOf }: PriorityMatrixTableProps) {
  return (
    <StackedTable
      rows={services}
      rowKey={(service) => service.key}
      columns={[
        { label: "Priority", headerClassName: "w-24", cell: (service) => service.priority !== null && <PriorityBadge priority={service.priority} /> },
        { label: "Service", cardTitle: true, className: "text-ink md:font-medium", cell: (service) => service.name },
        { label: "RTO", className: "tabular-nums", cell: (service) => service.rtoMinutes !== null && formatMinutes(service.rtoMinutes) },
        { label: "RPO", className: "tabular-nums", cell: (service) => service.rpoMinutes !== null && formatMinutes(service.rpoMinutes) },
        {
          label: "Dependencies",
          className: "text-ink-muted",
          cell: (service) => (service.dependsOn.length ? service.dependsOn.map((key) => nameOf.get(key) ?? key).join(", ") : "None"),
        },
      ]}
    />
  );
}
