import { AddTemplateForm } from "@/app/(app)/settings/components/add-template-form";
import { TemplateForm, type TemplateSummary } from "@/app/(app)/settings/components/template-form";
import { Card } from "@/components/ui/card";
import { PLACEHOLDERS } from "@/lib/communications/render";

/** The plan's templates, each editable and removable, a form to add one, and the placeholders they may use. */
export function CommunicationTemplates({ templates }: { templates: TemplateSummary[] }) {
  return (
    <div className="space-y-4">
      <details className="rounded-xl border border-line bg-surface px-5 py-3 text-sm">
        <summary className="cursor-pointer font-medium text-ink">Placeholders</summary>
        <dl className="mt-3 grid gap-x-6 gap-y-1.5 sm:grid-cols-[auto_1fr]">
          {Object.entries(PLACEHOLDERS).map(([name, meaning]) => (
            <div key={name} className="contents">
              <dt className="font-mono text-ink">{`{{${name}}}`}</dt>
              <dd className="text-ink-muted">{meaning}</dd>
            </div>
          ))}
        </dl>
      </details>
      <Card>
        <ul className="divide-y divide-line">
          {templates.map((template) => (
            <li key={template.id}>
              <TemplateForm template={template} />
            </li>
          ))}
        </ul>
      </Card>
      <AddTemplateForm />
    </div>
  );
}
