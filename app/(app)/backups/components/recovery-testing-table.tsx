import Link from "next/link";
import type { DrillScheduleRecord } from "@/lib/drills/data";
import { formatMinutes } from "@/lib/format";

export function RecoveryTestingTable({ drills }: { drills: DrillScheduleRecord[] }) {
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">Test type</th>
            <th scope="col">Frequency</th>
            <th scope="col">Duration</th>
            <th scope="col">Scope</th>
            <th scope="col">Procedure</th>
          </tr>
        </thead>
        <tbody>
          {drills.map((drill) => (
            <tr key={drill.id}>
              <td data-label="Test type" data-card-title className="text-ink md:font-medium">
                {drill.testType}
              </td>
              <td data-label="Frequency" className="md:whitespace-nowrap">
                {drill.frequency}
              </td>
              <td data-label="Duration" className="tabular-nums">
                {formatMinutes(drill.durationMinutes)}
              </td>
              <td data-label="Scope">{drill.scope}</td>
              <td data-label="Procedure">
                {drill.runbook ? (
                  <Link href={`/runbooks/${drill.runbook.key}`} className="font-medium text-accent hover:underline">
                    {drill.runbook.title}
                  </Link>
                ) : (
                  <span className="text-ink-muted">None written yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
