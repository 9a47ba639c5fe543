"use client";
// The backups page's edit forms, one per item of the plan, for plan admins.
import { PlanItemEditForm, type PlanItemField } from "@/components/plan-item-edit-form";
import type { BackupPolicyRecord, BackupVerificationScheduleRecord } from "@/lib/backups/data";
import { updateBackupPolicySchema, updateVerificationScheduleSchema } from "@/lib/backups/schema";
import type { DrillScheduleRecord } from "@/lib/drills/data";
import { updateDrillScheduleSchema, updateSuccessCriterionSchema } from "@/lib/drills/schema";
import type { SuccessCriterion } from "@/lib/generated/prisma/client";

const POLICY_FIELDS: readonly PlanItemField[] = [
  { field: "name", label: "Name" },
  { field: "frequency", label: "Frequency", hint: "As the plan says it, such as “Hourly snapshots”." },
  { field: "frequencyMinutes", label: "Minutes between copies", kind: "number", optional: true, hint: "Checked against the RPO; empty for copies made on an event or continuously." },
  { field: "fullBackup", label: "Full backup", optional: true, hint: "Empty when the policy takes no separate full copy." },
  { field: "retention", label: "Retention" },
  { field: "location", label: "Location" },
];

const CHECK_FIELDS: readonly PlanItemField[] = [
  { field: "cadence", label: "Cadence", hint: "Daily, Weekly, …" },
  { field: "intervalDays", label: "Days between runs", kind: "number", hint: "A check not run for longer is overdue." },
  { field: "activity", label: "Activity", kind: "textarea" },
];

const CRITERION_FIELDS: readonly PlanItemField[] = [
  { field: "name", label: "Name" },
  { field: "description", label: "Description", kind: "textarea" },
];

export function BackupPolicyEditForm({ policy }: { policy: BackupPolicyRecord }) {
  return (
    <PlanItemEditForm
      embedded
      title={`Edit ${policy.name}`}
      idPrefix={`backup-policy-${policy.key}`}
      path={`/api/backup-policies/${policy.key}`}
      schema={updateBackupPolicySchema}
      fields={POLICY_FIELDS}
      values={policy}
      saveLabel="Save policy"
    />
  );
}

export function VerificationCheckEditForm({ check }: { check: BackupVerificationScheduleRecord }) {
  const { cadence, intervalDays, activity } = check;
  return (
    <PlanItemEditForm
      title={`Edit the ${cadence.toLowerCase()} check`}
      idPrefix={`verification-${check.key}`}
      path={`/api/backup-verification-schedule/${check.key}`}
      schema={updateVerificationScheduleSchema}
      fields={CHECK_FIELDS}
      values={{ cadence, intervalDays, activity }}
      saveLabel="Save check"
    />
  );
}

type RunbookOption = { key: string; title: string };

type ScenarioOption = { key: string; name: string };

type DrillScheduleEditFormProps = { drill: DrillScheduleRecord; runbooks: readonly RunbookOption[]; scenarios: readonly ScenarioOption[] };

export function DrillScheduleEditForm({ drill, runbooks, scenarios }: DrillScheduleEditFormProps) {
  const { testType, frequency, intervalMonths, durationMinutes, scope } = drill;
  const fields: readonly PlanItemField[] = [
    { field: "testType", label: "Test type" },
    { field: "frequency", label: "Frequency", hint: "As the plan says it, such as “Quarterly”." },
    { field: "intervalMonths", label: "Months between runs", kind: "number", hint: "When the next drill falls due." },
    { field: "durationMinutes", label: "Duration (minutes)", kind: "number" },
    { field: "scope", label: "Scope", kind: "textarea" },
    {
      field: "runbookKey",
      label: "Procedure",
      kind: "select",
      none: "None written yet",
      options: runbooks.map((runbook) => ({ value: runbook.key, label: runbook.title })),
    },
    {
      field: "scenarioKey",
      label: "Scenario rehearsed",
      kind: "select",
      none: "None",
      options: scenarios.map((scenario) => ({ value: scenario.key, label: scenario.name })),
    },
    { field: "serviceKeys", label: "Services recovered", kind: "lines", hint: "One service key a line, as on the Services page; a drill starts with them down." },
  ];
  return (
    <PlanItemEditForm
      title={`Edit ${testType}`}
      idPrefix={`drill-${drill.key}`}
      path={`/api/drills/${drill.key}`}
      schema={updateDrillScheduleSchema}
      fields={fields}
      values={{
        testType,
        frequency,
        intervalMonths,
        durationMinutes,
        scope,
        runbookKey: drill.runbook?.key ?? null,
        scenarioKey: drill.scenario?.key ?? null,
        serviceKeys: drill.services.map((service) => service.key),
      }}
      saveLabel="Save test"
    />
  );
}

export function SuccessCriterionEditForm({ criterion }: { criterion: SuccessCriterion }) {
  return (
    <PlanItemEditForm
      title={`Edit ${criterion.name}`}
      idPrefix={`criterion-${criterion.key}`}
      path={`/api/success-criteria/${criterion.key}`}
      schema={updateSuccessCriterionSchema}
      fields={CRITERION_FIELDS}
      values={{ name: criterion.name, description: criterion.description }}
      saveLabel="Save criterion"
    />
  );
}
