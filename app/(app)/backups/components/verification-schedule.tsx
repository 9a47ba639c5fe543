import { LastVerificationRun } from "@/app/(app)/backups/components/last-verification-run";
import type { BackupVerificationScheduleRecord } from "@/lib/backups/data";

export function VerificationSchedule({ schedules }: { schedules: BackupVerificationScheduleRecord[] }) {
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {schedules.map((schedule) => (
        <li
          key={schedule.id}
          className="grid gap-1 px-5 py-3.5 text-sm sm:grid-cols-[7rem_minmax(0,1fr)_auto] sm:items-center sm:gap-4"
        >
          <span className="font-semibold text-ink">{schedule.cadence}</span>
          <span className="text-ink">{schedule.activity}</span>
          <LastVerificationRun lastRun={schedule.lastRun} />
        </li>
      ))}
    </ul>
  );
}
