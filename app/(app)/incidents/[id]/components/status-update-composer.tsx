"use client";
import { useEffect, useRef, useState } from "react";
import { AudiencePicker } from "@/app/(app)/incidents/[id]/components/audience-picker";
import { StatusUpdatePreview } from "@/app/(app)/incidents/[id]/components/status-update-preview";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { refusalOf } from "@/components/forms/form-words";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { Audience } from "@/lib/generated/prisma/enums";

export type TemplateChoice = { id: string; name: string; audience: Audience };

type ComposerProps = {
  incidentId: string;
  templates: TemplateChoice[];
  /** The audiences this user may post to; the team first. */
  audiences: readonly Audience[];
  /** How many subscribers an update to each audience is e-mailed to. */
  recipients: Record<Audience, number>;
};

type Text = { subject: string; body: string };
type Draft = Text & { templateId: string; audience: Audience };
type Update = { templateId?: string; audience: Audience; subject?: string; body: string };

const EMPTY_DRAFT: Draft = { templateId: "", audience: "internal", subject: "", body: "" };

/**
 * Writes a status update, from a template or from scratch, for the team, stakeholders or the
 * public. What leaves the war room is previewed before it is posted.
 */
export function StatusUpdateComposer({ incidentId, templates, audiences, recipients }: ComposerProps) {
  const [previewing, setPreviewing] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  // The text as a template last filled it in: a text left as filled is drafted again for another audience.
  const filled = useRef<Text>({ subject: "", body: "" });
  const post = useIncidentWrite(incidentId, (update: Update) => api(`/api/incidents/${incidentId}/status-updates`, { body: update }));
  const form = useSchemaForm({
    // Open on the war room's first load: the schema comes when the composer is first focused.
    schema: () => import("@/lib/status-updates/schema").then((module) => module.postStatusUpdateSchema),
    defaultValues: EMPTY_DRAFT,
    toInput: ({ templateId, audience, subject, body }): Update => ({ templateId: templateId || undefined, audience, subject: subject || undefined, body }),
    whenEmpty: { body: "Write the update before posting." },
    send: async (update, draft) => {
      // Nothing leaves the war room unseen: the first press of Post shows the preview.
      if (draft.audience !== "internal" && !previewing) return setPreviewing(true);
      await post.mutateAsync(update as Update);
      filled.current = { subject: "", body: "" };
      form.reset(EMPTY_DRAFT);
    },
  });
  const { watch } = form;
  const draft = watch();

  // Any change to what is written shows it anew before it leaves.
  useEffect(() => {
    const watching = watch(() => setPreviewing(false));
    return () => watching.unsubscribe();
  }, [watch]);

  const latestRequest = useRef(0);

  /**
   * Fills the text in from a template for an audience, unless it changes meanwhile (typing, or a
   * later request) from `expected`, the text the request was made over.
   */
  async function fillIn(templateId: string, audience: Audience, expected: Text) {
    const request = ++latestRequest.current;
    setDraftError(null);
    try {
      const text = await api<Text>(`/api/incidents/${incidentId}/status-updates/draft`, { body: { templateId, audience } });
      if (request !== latestRequest.current) return;
      const latest = form.getValues();
      if (latest.subject !== expected.subject || latest.body !== expected.body) return;
      filled.current = { subject: text.subject, body: text.body };
      form.setValue("subject", text.subject);
      form.setValue("body", text.body);
    } catch (error) {
      if (request === latestRequest.current) setDraftError(refusalOf(error).message);
    }
  }

  function applyTemplate(templateId: string) {
    const template = templates.find((candidate) => candidate.id === templateId);
    const audience = template && audiences.includes(template.audience) ? template.audience : draft.audience;
    form.setValue("templateId", templateId);
    form.setValue("audience", audience);
    if (templateId) void fillIn(templateId, audience, draft);
  }

  /** A text drafted for one audience is drafted again for another (its services, its words), unless edited. */
  function changeAudience(audience: Audience) {
    form.setValue("audience", audience);
    const untouched = draft.subject === filled.current.subject && draft.body === filled.current.body;
    if (draft.templateId && untouched) void fillIn(draft.templateId, audience, draft);
  }

  const external = draft.audience !== "internal";
  return (
    <form onSubmit={form.submit} onFocus={form.prepare} noValidate className="space-y-3" aria-label="Post a status update">
      {audiences.length > 1 && <AudiencePicker audiences={audiences} value={draft.audience} onChange={changeAudience} />}
      <div className="space-y-1.5">
        <label htmlFor="status-update-template" className="block text-sm font-medium text-ink">
          Template
        </label>
        <select id="status-update-template" value={draft.templateId} onChange={(event) => applyTemplate(event.target.value)} className={fieldClasses()}>
          <option value="">None: write it myself</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name} ({AUDIENCE_LABELS[template.audience].toLowerCase()})
            </option>
          ))}
        </select>
      </div>
      {draftError && <ErrorText>{draftError}</ErrorText>}
      {external && (
        <SchemaField form={form} name="subject" id="status-update-subject" label="Headline">
          {(control) => <input {...control} className={fieldClasses()} />}
        </SchemaField>
      )}
      <SchemaField form={form} name="body" id="status-update-body" label="Status update" called="The update">
        {(control) => <textarea {...control} rows={external ? 5 : 2} className={fieldClasses("resize-y py-2")} />}
      </SchemaField>
      {previewing && <StatusUpdatePreview audience={draft.audience} subject={draft.subject} body={draft.body} recipients={recipients[draft.audience]} />}
      <FormRefusal form={form} />
      <div className="flex flex-wrap justify-end gap-2">
        {!external && (
          <button type="button" onClick={() => setPreviewing((shown) => !shown)} className={buttonClasses("quiet")}>
            {previewing ? "Hide preview" : "Preview"}
          </button>
        )}
        <button type="submit" disabled={form.sending} className={buttonClasses(external && previewing ? "primary" : "secondary")}>
          {external ? (previewing ? `Post to ${AUDIENCE_LABELS[draft.audience].toLowerCase()}` : "Preview") : "Post update"}
        </button>
      </div>
    </form>
  );
}
