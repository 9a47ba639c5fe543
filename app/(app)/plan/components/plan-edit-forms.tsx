"use client";
// The plan page's edit forms, for plan admins: the regular reviews, the review agenda and the lists.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import { errorFor, toFormError, type FormError } from "@/components/form-error";
import { refusalOf } from "@/components/forms/form-words";
import { FormRefusal } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { PlanItemEditForm, type PlanItemField } from "@/components/plan-item-edit-form";
import { linesOf } from "@/components/plan-lines-field";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { PlanReviewCadence, ReviewAgendaItem } from "@/lib/generated/prisma/client";
import type { PlanListWithItems } from "@/lib/plan/data";
import { addAgendaItemSchema, replacePlanListSchema, updateAgendaItemSchema, updateReviewCadenceSchema } from "@/lib/plan/schema";
import { parseInput } from "@/lib/validation";

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
    // Checked against the schema inside the write, so a refusal shows as the write's error.
    mutationFn: ({ path, method, body, schema }: { path: string; method: string; body?: unknown; schema?: z.ZodType; focus?: string }) =>
      api(path, { method, body: schema ? parseInput(schema, body) : body }),
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
        {moveRefused && write.error && <ErrorText>{refusalOf(write.error).message}</ErrorText>}
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

type ListRow = { id: number; text: string; details: string };

function itemError(error: FormError | null, index: number, part: "text" | "details") {
  return errorFor(error, `items.${index}.${part}`);
}

/** One of the plan's lists, edited by a plan admin: its items in order, each with the points under it. */
export function PlanListEditor({ list }: { list: PlanListWithItems }) {
  const { write, busy } = usePlanWrite();
  const nextId = useRef(list.items.length);
  const [rows, setRows] = useState<ListRow[]>(() => list.items.map((item, index) => ({ id: index, text: item.text, details: item.details.join("\n") })));
  const error = write.error ? toFormError(write.error) : null;
  const id = (row: ListRow, part: string) => `list-${list.key}-${row.id}-${part}`;
  const update = (index: number, change: Partial<ListRow>) => setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  /** Moves a row, keeping the focus on the button that moved it, or its other one at an end. */
  const moveTo = (index: number, to: number) => {
    const moved = rows[index];
    const button = to === 0 ? "down" : to === rows.length - 1 ? "up" : to < index ? "up" : "down";
    setRows((current) => {
      const next = [...current];
      next.splice(index, 1);
      next.splice(to, 0, moved);
      return next;
    });
    requestAnimationFrame(() => document.getElementById(id(moved, button))?.focus());
  };
  const other = error && !rows.some((_, index) => itemError(error, index, "text") || itemError(error, index, "details")) ? error.message : null;

  return (
    <details className="mt-4 border-t border-line pt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit {list.title}</summary>
      <form
        noValidate
        aria-label={`Edit ${list.title}`}
        className="mt-4 space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          const items = rows.map((row) => ({ text: row.text, details: linesOf(row.details) }));
          write.mutate({ path: `/api/plan/lists/${list.key}`, method: "PUT", body: { items }, schema: replacePlanListSchema });
        }}
      >
        <ol className="space-y-5">
          {rows.map((row, index) => {
            const textError = itemError(error, index, "text");
            const detailsError = itemError(error, index, "details");
            return (
              <li key={row.id} className="space-y-2">
                <FormField id={id(row, "text")} label={`Item ${index + 1}`} error={textError}>
                  <input
                    id={id(row, "text")}
                    value={row.text}
                    onChange={(event) => update(index, { text: event.target.value })}
                    className={fieldClasses()}
                    aria-invalid={!!textError}
                    aria-describedby={describedBy(id(row, "text"), { error: textError })}
                  />
                </FormField>
                <FormField id={id(row, "details")} label="Points under it" hint="One a line; may be empty." error={detailsError}>
                  <textarea
                    id={id(row, "details")}
                    rows={2}
                    value={row.details}
                    onChange={(event) => update(index, { details: event.target.value })}
                    className={fieldClasses("resize-y py-2")}
                    aria-invalid={!!detailsError}
                    aria-describedby={describedBy(id(row, "details"), { hint: true, error: detailsError })}
                  />
                </FormField>
                <div className="flex flex-wrap gap-2">
                  <button id={id(row, "up")} type="button" disabled={index === 0} onClick={() => moveTo(index, index - 1)} aria-label={`Move item ${index + 1} up`} className={buttonClasses("secondary")}>
                    Up
                  </button>
                  <button id={id(row, "down")} type="button" disabled={index === rows.length - 1} onClick={() => moveTo(index, index + 1)} aria-label={`Move item ${index + 1} down`} className={buttonClasses("secondary")}>
                    Down
                  </button>
                  <button type="button" onClick={() => setRows((current) => current.filter((_, at) => at !== index))} aria-label={`Remove item ${index + 1}`} className={buttonClasses("secondary")}>
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => setRows((current) => [...current, { id: nextId.current++, text: "", details: "" }])} className={buttonClasses("secondary")}>
          Add an item
        </button>
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save list" saving={write.isPending} saved={write.isSuccess} refreshing={busy && !write.isPending} />
      </form>
    </details>
  );
}
