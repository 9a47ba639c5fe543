"use client";
import { useRef, type KeyboardEvent } from "react";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { buttonClasses } from "@/components/ui/button-classes";
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
 * A few words for the incident's timeline. The box empties as the text is sent, so the next note
 * can be typed at once; a refused text comes back into it. Ctrl or ⌘ + Enter sends.
 */
export function PostForm({ incidentId, id, label, submitLabel, post }: PostFormProps) {
  const formElement = useRef<HTMLFormElement>(null);
  const send = useIncidentWrite(incidentId, post);
  const form = useSchemaForm({
    // Open on the war room's first load: the schema comes when the box is first focused.
    schema: () => import("@/lib/timeline/schema").then((module) => module.addNoteSchema),
    defaultValues: { body: "" },
    whenEmpty: { body: "Write the note before adding it." },
    send: async ({ body }, typed) => {
      form.setValue("body", "");
      try {
        await send.mutateAsync(body);
      } catch (refusal) {
        if (form.getValues("body") === "") form.setValue("body", typed.body);
        throw refusal;
      }
    },
  });

  function sendOnShortcut(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) formElement.current?.requestSubmit();
  }

  return (
    <form ref={formElement} onSubmit={form.submit} onFocus={form.prepare} noValidate className="space-y-2">
      <SchemaField form={form} name="body" id={id} label={label} called="The note">
        {(control) => <textarea {...control} rows={2} onKeyDown={sendOnShortcut} className={fieldClasses("resize-y py-2")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <div className="flex justify-end">
        <button type="submit" disabled={form.sending} className={buttonClasses("secondary")}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
