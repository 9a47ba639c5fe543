import { BackupPolicyEditForm } from "@/app/(app)/backups/components/plan-edit-forms";
import { DetailList, type Detail } from "@/components/ui/detail-list";
import type { BackupPolicyRecord } from "@/lib/backups/data";

export function BackupPolicyCard({ policy, canEdit }: { policy: BackupPolicyRecord; canEdit: boolean }) {
  const details: Detail[] = [
    { label: "Frequency", value: policy.frequency },
    ...(policy.fullBackup ? [{ label: "Full backup", value: policy.fullBackup }] : []),
    { label: "Retention", value: policy.retention },
    { label: "Location", value: policy.location },
  ];
  return (
    <li className="rounded-xl border border-line bg-surface p-5">
      <h3 className="mb-3 font-semibold text-ink">{policy.name}</h3>
      <DetailList details={details} labelWidth="sm:grid-cols-[7rem_minmax(0,1fr)]" />
      {canEdit && <BackupPolicyEditForm policy={policy} />}
    </li>
  );
}
