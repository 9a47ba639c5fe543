"use client";
// The plan page's edit forms, for plan admins: the regular reviews and the review agenda.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { FormRefusal } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { PlanItemEditForm, type PlanItemField } from "@/components/plan-item-edit-form";
import { PlanTextField } from "@/components/plan-text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { PlanReviewCadence, ReviewAgendaItem } from "@/lib/generated/prisma/client";
import { addAgendaItemSchema, updateAgendaItemSchema, updateReviewCadenceSchema } from "@/lib/plan/schema";

const CADENCE_FIELDS: readonly PlanItemField[] = [
  { field: "name", label: "Name" },
  { field: "intervalMonths", label: "Months between reviews", kind: "number", hint: "When the next review falls due." },
  { field: "items", label: "What it goes through", kind: "lines", hint: "One item a line." },
];

export function ReviewCadenceEditForm({ cadence }: { cadence: PlanReviewCadence }) {
  const { name, intervalMonths, items } = cadence;
  return (
    <PlanItemEditForm
      embedded
      title={`Edit ${name}`}
      idPrefix={`cadence-${cadence.key}`}
      path={`/api/plan/review-cadences/${cadence.key}`}
      schema={updateReviewCadenceSchema}
      fields={CADENCE_FIELDS}
      values={{ name, intervalMonths, items }}
      saveLabel="Save review"
    />
  );
}

/** A write to the plan that refreshes the page once saved, and puts the focus back where it was. */
function usePlanWrite() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const focusAfter = useRef<string | null>(null);
  const write = useMutation({
    mutationFn: ({ path, method, body }: { path: string; method: string; body?: unknown; focus?: string }) => api(path, { method, body }),
    onSuccess: (_answer, { focus }) => {
      focusAfter.current = focus ?? null;
      startTransition(() => router.refresh());
    },
  });
  useEffect(() => {
    if (refreshing || !focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [refreshing]);
  return { write, busy: write.isPending || refreshing };
}

type AgendaWrite = ReturnType<typeof usePlanWrite>;

function AgendaRow({ item, index, count, planWrite }: { item: ReviewAgendaItem; index: number; count: number; planWrite: AgendaWrite }) {
  const { write, busy } = planWrite;
  const path = `/api/review-agenda/${item.key}`;
  const id = (part: string) => `agenda-${item.key}-${part}`;
  const form = useSchemaForm({
    schema: updateAgendaItemSchema,
    defaultValues: { title: item.title },
    whenEmpty: { title: "Write the item, or remove it." },
    send: (input) => write.mutateAsync({ path, method: "PATCH", body: input }),
  });
  // A move or a removal (the writes that move the focus) refused; the title's own refusals are the form's.
  const moveRefused = write.variables?.path === path && !!write.variables.focus;
  const move = (position: number, focus: string) => write.mutate({ path, method: "PATCH", body: { position }, focus });

  return (
    <li>
      <form noValidate aria-label={`Agenda item ${index + 1}`} className="space-y-2" onSubmit={form.submit}>
        <PlanTextField form={form} name="title" id={id("title")} label={`Item ${index + 1}`} called="The item" />
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={busy || form.sending} className={buttonClasses("primary")}>
            Save
          </button>
          <button id={id("up")} type="button" disabled={busy || index === 0} onClick={() => move(index, id(index === 1 ? "down" : "up"))} aria-label={`Move “${item.title}” up`} className={buttonClasses("secondary")}>
            Up
          </button>
          <button
            id={id("down")}
            type="button"
            disabled={busy || index === count - 1}
            onClick={() => move(index + 2, id(index === count - 2 ? "up" : "down"))}
            aria-label={`Move “${item.title}” down`}
            className={buttonClasses("secondary")}
          >
            Down
          </button>
          <button type="button" disabled={busy} onClick={() => write.mutate({ path, method: "DELETE", focus: "agenda-new-title" })} aria-label={`Remove “${item.title}”`} className={buttonClasses("secondary")}>
            Remove
          </button>
        </div>
        <FormRefusal form={form} />
        {moveRefused && write.error && <ErrorText>{refusalInWords(write.error)}</ErrorText>}
      </form>
    </li>
  );
}

/** The post-incident review agenda, edited by a plan admin: each item renamed, moved or removed, and new ones added. */
export function AgendaEditor({ agenda }: { agenda: ReviewAgendaItem[] }) {
  const planWrite = usePlanWrite();
  const { write, busy } = planWrite;
  const adding = useSchemaForm({
    schema: addAgendaItemSchema,
    defaultValues: { title: "" },
    whenEmpty: { title: "Write the item to add." },
    send: async (input) => {
      await write.mutateAsync({ path: "/api/review-agenda", method: "POST", body: input, focus: "agenda-new-title" });
      adding.setValue("title", "");
    },
  });

  return (
    <details className="mt-4 border-t border-line pt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit the agenda</summary>
      <ol className="mt-4 space-y-5">
        {agenda.map((item, index) => (
          <AgendaRow key={`${item.key}:${item.title}`} item={item} index={index} count={agenda.length} planWrite={planWrite} />
        ))}
      </ol>
      <form noValidate aria-label="Add an agenda item" className="mt-5 space-y-2 border-t border-line pt-4" onSubmit={adding.submit}>
        <PlanTextField form={adding} name="title" id="agenda-new-title" label="New item" called="The new item" />
        <FormRefusal form={adding} />
        <div className="flex justify-end">
          <button type="submit" disabled={busy || adding.sending} className={buttonClasses("primary")}>
            Add item
          </button>
        </div>
      </form>
    </details>
  );
}
