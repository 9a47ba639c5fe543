import { BackupRecordTable } from "@/app/(app)/evidence/components/backup-record-table";
import { EvidenceIncident } from "@/app/(app)/evidence/components/evidence-incident";
import { PeriodForm } from "@/app/(app)/evidence/components/period-form";
import { PlanVersionsTable } from "@/app/(app)/evidence/components/plan-versions-table";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { HASH_CHAIN_RULE, type EvidenceIncidentView, type EvidenceLedgerView } from "@/lib/evidence/present";
import { formatCount, formatDate } from "@/lib/format";

function met(incidents: EvidenceIncidentView[], objective: "rto" | "rpo"): string {
  const measured = incidents.flatMap((incident) => incident.services).filter((service) => service[objective] !== "not_recorded");
  if (!measured.length) return "nothing measured";
  return `${measured.filter((service) => service[objective] === "met").length} of ${formatCount(measured.length, "service")} met`;
}

/** "1 drill: RTO 1 of 1 service met; RPO nothing measured". */
function figures(incidents: EvidenceIncidentView[], singular: string): string {
  if (!incidents.length) return "None in the period";
  return `${formatCount(incidents.length, singular)}: RTO ${met(incidents, "rto")}; RPO ${met(incidents, "rpo")}`;
}

function Summary({ ledger }: { ledger: EvidenceLedgerView }) {
  const all = [...ledger.drills, ...ledger.incidents];
  const broken = all.filter((incident) => !incident.chain.intact).length;
  const failed = ledger.backupVerifications.filter((record) => !record.succeeded).length;
  return (
    <Card className="p-5">
      <DetailList
        labelWidth="sm:grid-cols-[14rem_minmax(0,1fr)]"
        details={[
          { label: "Drills", value: figures(ledger.drills, "drill") },
          { label: "Incidents", value: figures(ledger.incidents, "incident") },
          { label: "Backup verifications", value: `${formatCount(ledger.backupVerifications.length, "check")} recorded, ${failed} failed` },
          { label: "Plan versions in force", value: ledger.planVersions.map((entry) => entry.version).join(", ") },
          {
            label: "Timelines",
            value: broken ? `${broken} of ${all.length} fail their hash chain` : all.length ? `All ${all.length} match their hash chains` : "None in the period",
          },
        ]}
      />
    </Card>
  );
}

function IncidentList({ incidents, none }: { incidents: EvidenceIncidentView[]; none: string }) {
  if (!incidents.length) return <EmptyState>{none}</EmptyState>;
  return (
    <ul className="space-y-4">
      {incidents.map((incident) => (
        <li key={incident.id}>
          <EvidenceIncident incident={incident} />
        </li>
      ))}
    </ul>
  );
}

export function EvidencePage({ ledger, refusal }: { ledger: EvidenceLedgerView; refusal: string | null }) {
  const { from, to } = ledger.period;
  const packHref = `/api/evidence/pack?${new URLSearchParams({ from, to })}`;
  return (
    <div className="space-y-12">
      <PageHeader
        title="Evidence"
        eyebrow={`${formatDate(new Date(from))} to ${formatDate(new Date(to))}`}
        description="What an auditor asks for: every drill and incident of the period against the plan's objectives, the success criteria and action items, the backup verification record and the plan versions in force. Each timeline is checked against its hash chain."
        actions={
          <a href={packHref} download className={buttonClasses("primary", "print:hidden")}>
            Download evidence pack
          </a>
        }
      />
      <div className="space-y-6">
        <PeriodForm from={from} to={to} refusal={refusal} />
        <Summary ledger={ledger} />
      </div>
      <Section id="drills" title="Drills" description="Rehearsals of the plan, kept apart from real incidents.">
        <IncidentList incidents={ledger.drills} none="No drill was run in this period." />
      </Section>
      <Section id="incidents" title="Incidents" description="Real incidents detected in the period.">
        <IncidentList incidents={ledger.incidents} none="No incident was detected in this period." />
      </Section>
      <Section id="backup-verifications" title="Backup verifications" description="Every check performed in the period.">
        <BackupRecordTable records={ledger.backupVerifications} />
      </Section>
      <Section id="plan-versions" title="Plan versions in force" description="Each version the plan had during the period, oldest first.">
        <PlanVersionsTable versions={ledger.planVersions} />
      </Section>
      <Section id="hash-chain" title="Checking the timelines">
        <div className="max-w-3xl space-y-2 text-sm text-ink-muted">
          <p>{HASH_CHAIN_RULE}</p>
          <p>
            The evidence pack is one JSON file: the report as Markdown, and the records it was written from with every timeline event and its hash. Run{" "}
            <code className="rounded bg-surface-muted px-1 text-ink">npm run evidence:verify -- pack.json</code> to check it offline.
          </p>
        </div>
      </Section>
    </div>
  );
}
