"use client";
import { useRef, useState, type FormEvent } from "react";
import { AudiencePicker } from "@/app/(app)/incidents/[id]/components/audience-picker";
import { StatusUpdatePreview } from "@/app/(app)/incidents/[id]/components/status-update-preview";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { toFormError } from "@/components/form-error";
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
/** What is being written; `filled` is the text as a template last filled it in. */
type Draft = Text & { templateId: string; audience: Audience; filled: Text };
type Update = { templateId?: string; audience: Audience; subject?: string; body: string };

const EMPTY_DRAFT: Draft = { templateId: "", audience: "internal", subject: "", body: "", filled: { subject: "", body: "" } };

/**
 * Writes a status update, from a template or from scratch, for the team, stakeholders or the
 * public. What leaves the war room is previewed before it is posted.
 */
export function StatusUpdateComposer({ incidentId, templates, audiences, recipients }: ComposerProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [previewing, setPreviewing] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  const post = useIncidentWrite(incidentId, (update: Update) => api(`/api/incidents/${incidentId}/status-updates`, { body: update }));
  const change = (fields: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...fields }));
    setPreviewing(false);
  };

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
      const filled = { subject: text.subject, body: text.body };
      setDraft((latest) => (latest.subject === expected.subject && latest.body === expected.body ? { ...latest, ...filled, filled } : latest));
      setPreviewing(false);
    } catch (error) {
      if (request === latestRequest.current) setDraftError(toFormError(error).message);
    }
  }

  function applyTemplate(templateId: string) {
    const template = templates.find((candidate) => candidate.id === templateId);
    const audience = template && audiences.includes(template.audience) ? template.audience : draft.audience;
    change({ templateId, audience });
    if (templateId) void fillIn(templateId, audience, draft);
  }

  /** A text drafted for one audience is drafted again for another (its services, its words), unless edited. */
  function changeAudience(audience: Audience) {
    change({ audience });
    const untouched = draft.subject === draft.filled.subject && draft.body === draft.filled.body;
    if (draft.templateId && untouched) void fillIn(draft.templateId, audience, draft);
  }

  const external = draft.audience !== "internal";
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Nothing leaves the war room unseen: the first press of Post shows the preview.
    if (external && !previewing) return setPreviewing(true);
    const { templateId, audience, subject, body } = draft;
    post.mutate({ templateId: templateId || undefined, audience, subject: subject || undefined, body }, { onSuccess: () => change(EMPTY_DRAFT) });
  }

  const error = draftError ?? (post.error ? toFormError(post.error).message : null);
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Post a status update">
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
      {external && (
        <div className="space-y-1.5">
          <label htmlFor="status-update-subject" className="block text-sm font-medium text-ink">
            Headline
          </label>
          <input id="status-update-subject" value={draft.subject} onChange={(event) => change({ subject: event.target.value })} className={fieldClasses()} />
        </div>
      )}
      <div className="space-y-1.5">
        <label htmlFor="status-update-body" className="block text-sm font-medium text-ink">
          Status update
        </label>
        <textarea
          id="status-update-body"
          value={draft.body}
          onChange={(event) => change({ body: event.target.value })}
          rows={external ? 5 : 2}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "status-update-error" : undefined}
          className={fieldClasses("resize-y py-2")}
        />
      </div>
      {previewing && <StatusUpdatePreview audience={draft.audience} subject={draft.subject} body={draft.body} recipients={recipients[draft.audience]} />}
      {error && <ErrorText id="status-update-error">{error}</ErrorText>}
      <div className="flex flex-wrap justify-end gap-2">
        {!external && (
          <button type="button" onClick={() => setPreviewing((shown) => !shown)} className={buttonClasses("quiet")}>
            {previewing ? "Hide preview" : "Preview"}
          </button>
        )}
        <button type="submit" disabled={post.isPending} className={buttonClasses(external && previewing ? "primary" : "secondary")}>
          {external ? (previewing ? `Post to ${AUDIENCE_LABELS[draft.audience].toLowerCase()}` : "Preview") : "Post update"}
        </button>
      </div>
    </form>
  );
}
