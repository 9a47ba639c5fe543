import { PriorityBadge } from "@/components/priority-badge";
import { formatMinutes } from "@/lib/format";
import type { ServiceWithDependencies } from "@/lib/services/data";

type PriorityMatrixTableProps = { services: ServiceWithDependencies[]; nameOf: Map<string, string> };

export function PriorityMatrixTable({ services, nameOf }: PriorityMatrixTableProps) {
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col" className="w-24">
              Priority
            </th>
            <th scope="col">Service</th>
            <th scope="col">RTO</th>
            <th scope="col">RPO</th>
            <th scope="col">Dependencies</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr key={service.key}>
              <td data-label="Priority">{service.priority !== null && <PriorityBadge priority={service.priority} />}</td>
              <td data-label="Service" data-card-title className="text-ink md:font-medium">
                {service.name}
              </td>
              <td data-label="RTO" className="tabular-nums">
                {service.rtoMinutes !== null && formatMinutes(service.rtoMinutes)}
              </td>
              <td data-label="RPO" className="tabular-nums">
                {service.rpoMinutes !== null && formatMinutes(service.rpoMinutes)}
              </td>
              <td data-label="Dependencies" className="text-ink-muted">
                {service.dependsOn.length ? service.dependsOn.map((key) => nameOf.get(key) ?? key).join(", ") : "None"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
