"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ApiError } from "@/components/live/api-client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import type { PlanImportReport } from "@/lib/plan/code/import";

type Upload = { name: string; text: string; contentType: string };
type Stage =
  | { kind: "idle" }
  | { kind: "checking" | "applying"; upload: Upload }
  | { kind: "report"; upload: Upload; report: PlanImportReport }
  | { kind: "refused"; heading: string; problems: string[] }
  | { kind: "applied"; report: PlanImportReport };

const TONE: Record<PlanImportReport["changes"][number]["change"], BadgeTone> = { added: "ok", changed: "accent", removed: "critical" };

const PART_NAMES: Record<string, string> = {
  document: "Document",
  recoveryTiers: "Recovery tier",
  dataRecoveryPoints: "Data recovery point",
  services: "Service",
  scenarios: "Scenario",
  runbooks: "Runbook",
  recoveryScripts: "Recovery script",
  contacts: "Contact",
  escalationLevels: "Escalation level",
  backupPolicies: "Backup policy",
  verificationSchedule: "Verification check",
  drillSchedule: "Drill",
  successCriteria: "Success criterion",
  reviewAgenda: "Review agenda",
  reviewCadences: "Regular review",
  planLists: "Plan list",
  communicationTemplates: "Communication template",
};

/** A value of a change as a short line: long texts and lists are cut, the whole is in the file. */
function shortValue(value: unknown): string {
  const text = value === null || value === undefined ? "none" : typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function refusalOf(error: unknown): Extract<Stage, { kind: "refused" }> {
  if (!(error instanceof ApiError)) return { kind: "refused", heading: "Muster could not be reached. Check the connection and try again.", problems: [] };
  const [heading, ...problems] = error.message.split("\n");
  return { kind: "refused", heading, problems };
}

function ChangeList({ changes }: { changes: PlanImportReport["changes"] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line">
      {changes.map((change) => (
        <li key={`${change.part}/${change.key}`} className="space-y-1.5 p-3">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[change.change]}>{change.change}</Badge>
            <span className="text-sm font-medium text-ink">
              {PART_NAMES[change.part] ?? change.part}: {change.label}
            </span>
            <code className="text-xs break-all text-ink-muted">
              {change.part}[{change.key}]
            </code>
          </div>
          {change.change === "changed" && change.after && (
            <dl className="space-y-1 text-xs text-ink-muted">
              {Object.keys(change.after).map((field) => (
                <div key={field} className="break-words">
                  <dt className="inline font-medium text-ink">{field}: </dt>
                  <dd className="inline">
                    {shortValue(change.before?.[field])} → {shortValue(change.after?.[field])}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}

/** For a plan admin: the whole plan as one file to download, and a file to import, checked and shown before it is applied. */
export function PlanCodePanel() {
  const router = useRouter();
  const inputId = useId();
  const [refreshing, startTransition] = useTransition();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });

  const send = (upload: Upload, dryRun: boolean) =>
    fetch(`/api/plan/import${dryRun ? "?dryRun=true" : ""}`, { method: "POST", headers: { "content-type": upload.contentType }, body: upload.text }).then(async (response) => {
      const payload = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(payload?.error ?? `The server answered ${response.status}.`, response.status, payload?.field);
      return payload as PlanImportReport;
    });

  async function check(file: File) {
    const upload = { name: file.name, text: await file.text(), contentType: /\.json$/i.test(file.name) ? "application/json" : "application/yaml" };
    setStage({ kind: "checking", upload });
    try {
      setStage({ kind: "report", upload, report: await send(upload, true) });
    } catch (error) {
      setStage(refusalOf(error));
    }
  }

  async function apply(upload: Upload) {
    setStage({ kind: "applying", upload });
    try {
      const report = await send(upload, false);
      setStage({ kind: "applied", report });
      startTransition(() => router.refresh());
    } catch (error) {
      setStage(refusalOf(error));
    }
  }

  const busy = stage.kind === "checking" || stage.kind === "applying" || refreshing;
  return (
    <Card className="space-y-6 p-4 sm:p-6">
      <div className="space-y-3">
        <h3 className="font-medium text-ink">Download</h3>
        <p className="max-w-2xl text-sm text-ink-muted">
          The whole plan as one file to keep in git, edit and import again. It carries every contact&apos;s phone number and e-mail: keep it where the plan is kept.
        </p>
        <div className="flex flex-wrap gap-2">
          <a href="/api/plan/export?format=yaml" download className={buttonClasses("secondary")}>
            Download YAML
          </a>
          <a href="/api/plan/export?format=json" download className={buttonClasses("secondary")}>
            Download JSON
          </a>
        </div>
      </div>

      <div className="space-y-3">
        <h3 className="font-medium text-ink">Import</h3>
        <p className="max-w-2xl text-sm text-ink-muted">
          Muster checks the whole file and shows what it would change before anything is applied; applied, it is one new plan version.
        </p>
        <label htmlFor={inputId} className="block text-sm font-medium text-ink">
          Plan file (YAML or JSON)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".yaml,.yml,.json,application/yaml,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void check(file);
          }}
          className="block w-full max-w-md text-sm text-ink file:mr-3 file:min-h-10 file:rounded-lg file:border file:border-line-strong file:bg-surface file:px-4 file:text-sm file:font-medium file:text-ink hover:file:bg-surface-muted"
        />

        <div aria-live="polite" className="space-y-3">
          {stage.kind === "checking" && <p className="text-sm text-ink-muted">Checking {stage.upload.name}…</p>}
          {stage.kind === "applying" && <p className="text-sm text-ink-muted">Importing {stage.upload.name}…</p>}

          {stage.kind === "report" && stage.report.changes.length === 0 && (
            <p role="status" className="text-sm text-ok">
              The plan already is what {stage.upload.name} says: nothing to import.
            </p>
          )}
          {stage.kind === "report" && stage.report.changes.length > 0 && (
            <section aria-label="Import report" className="space-y-3">
              <p className="text-sm text-ink">
                {stage.upload.name} would make version {stage.report.wouldMakeVersion}: {stage.report.counts.added} added, {stage.report.counts.changed} changed,{" "}
                {stage.report.counts.removed} removed.
              </p>
              <ChangeList changes={stage.report.changes} />
              <div className="flex flex-wrap gap-2">
                <button type="button" className={buttonClasses("primary")} onClick={() => void apply(stage.upload)}>
                  Import as version {stage.report.wouldMakeVersion}
                </button>
                <button type="button" className={buttonClasses("quiet")} onClick={() => setStage({ kind: "idle" })}>
                  Cancel
                </button>
              </div>
            </section>
          )}

          {stage.kind === "refused" && (
            <div role="alert" className="space-y-2 rounded-lg border border-critical-line bg-critical-soft p-3 text-sm text-critical">
              <p className="font-medium">{stage.heading}</p>
              {stage.problems.length > 0 && (
                <ul className="list-disc space-y-1 pl-5">
                  {stage.problems.map((problem) => (
                    <li key={problem} className="break-words">
                      <code>{problem}</code>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}

          {stage.kind === "applied" && (
            <p role="status" className="text-sm text-ok">
              Imported as plan version {stage.report.version}: {stage.report.counts.added} added, {stage.report.counts.changed} changed, {stage.report.counts.removed} removed.
            </p>
          )}
        </div>
      </div>
    </Card>
  );
}
