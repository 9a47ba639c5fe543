"use client";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { toFormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";

type PostFormProps = {
  incidentId: string;
  /** The text area's id. */
  id: string;
  label: string;
  submitLabel: string;
  post: (body: string) => Promise<unknown>;
};

/**
 * A few words for the incident (a note, a status update). The box empties as the text is sent, so
 * the next note can be typed at once; a refused text comes back into it. Ctrl or ⌘ + Enter sends.
 */
export function PostForm({ incidentId, id, label, submitLabel, post }: PostFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState("");
  const send = useIncidentWrite(incidentId, post);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = text;
    setText("");
    send.mutate(body, { onError: () => setText((typed) => (typed === "" ? body : typed)) });
  }

  function sendOnShortcut(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.current?.requestSubmit();
  }

  return (
    <form ref={form} onSubmit={submit} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={2}
        onKeyDown={sendOnShortcut}
        aria-invalid={send.error ? true : undefined}
        aria-describedby={send.error ? `${id}-error` : undefined}
        className={fieldClasses("resize-y py-2")}
      />
      {send.error && <ErrorText id={`${id}-error`}>{toFormError(send.error).message}</ErrorText>}
      <div className="flex justify-end">
        <button type="submit" disabled={send.isPending} className={buttonClasses("secondary")}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
