"use client";
import { useState, type FormEvent } from "react";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { noticeOutstanding, type ResolutionCheck } from "@/app/(app)/incidents/[id]/components/resolution-open-items";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";

type Notice = NonNullable<ResolutionCheck["publicNotice"]["draft"]>;

type ResolutionNoticeStepProps = {
  incidentId: string;
  notice: ResolutionCheck["publicNotice"];
  /** Called once the notice is on the public page. */
  onPosted: () => void;
};

/** Where the public page stands, and the plan's resolution notice to edit and post from here. */
export function ResolutionNoticeStep({ incidentId, notice, onPosted }: ResolutionNoticeStepProps) {
  const [editing, setEditing] = useState<Notice | null>(null);
  const post = useIncidentWrite(incidentId, (text: Notice) =>
    api(`/api/incidents/${incidentId}/status-updates`, { body: { templateId: text.templateId, audience: "public", subject: text.subject, body: text.body } }),
  );
  if (!notice.needed) return <p className="text-sm text-ink-muted">A drill never reaches the public page: no resolution notice is needed.</p>;
  const lastSaid = notice.lastPublic?.subject ? `: “${notice.lastPublic.subject}”` : "";
  const standing = notice.posted
    ? "The resolution notice is the latest update on the public page."
    : notice.lastPublic
      ? `The public page still shows this incident as ongoing${lastSaid}.`
      : "Nothing about this incident has been posted to the public page.";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing) return;
    post.mutate(editing, { onSuccess: () => (setEditing(null), onPosted()) });
  }

  return (
    <div className="space-y-3 text-sm">
      <p className={noticeOutstanding(notice) ? "font-medium text-ink" : "text-ink-muted"}>{standing}</p>
      {!notice.posted && notice.draft && !editing && (
        <button type="button" onClick={() => setEditing(notice.draft)} className={buttonClasses("secondary")}>
          Write the resolution notice
        </button>
      )}
      {editing && (
        <form onSubmit={submit} className="space-y-3" aria-label="Resolution notice for the public page">
          <div className="space-y-1.5">
            <label htmlFor="resolution-notice-subject" className="block font-medium text-ink">
              Headline
            </label>
            <input
              id="resolution-notice-subject"
              value={editing.subject}
              onChange={(event) => setEditing({ ...editing, subject: event.target.value })}
              className={fieldClasses()}
            />
          </div>
          <div className="space-y-1.5">
            <label htmlFor="resolution-notice-body" className="block font-medium text-ink">
              Notice
            </label>
            <textarea
              id="resolution-notice-body"
              value={editing.body}
              onChange={(event) => setEditing({ ...editing, body: event.target.value })}
              rows={5}
              className={fieldClasses("resize-y py-2")}
            />
          </div>
          {post.error && <ErrorText>{refusalInWords(post.error)}</ErrorText>}
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => setEditing(null)} className={buttonClasses("quiet")}>
              Not now
            </button>
            <button type="submit" disabled={post.isPending} className={buttonClasses("primary")}>
              Post to the public page
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
