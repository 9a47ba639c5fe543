"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { FieldValues, Path } from "react-hook-form";
import type { z } from "zod";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";

type PlanEditFormOptions<Values extends FieldValues, Schema extends z.ZodType> = {
  schema: Schema;
  defaultValues: Values;
  toInput?: (values: Values) => unknown;
  whenEmpty?: Partial<Record<Path<Values>, string>>;
  /** Where the item is written. */
  path: string;
  /** PATCH for an item edited, PUT for a list written whole, POST for one added. */
  method?: "PATCH" | "PUT" | "POST";
  /** For a form that adds: empty again for the next one. */
  emptyOnSave?: boolean;
};

/**
 * A form that writes an item of the plan or of the settings, then shows the page again with it; the
 * page is not saved to twice while that happens.
 */
export function usePlanEditForm<Values extends FieldValues, Schema extends z.ZodType>({ path, method = "PATCH", emptyOnSave = false, ...options }: PlanEditFormOptions<Values, Schema>) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const form = useSchemaForm({
    ...options,
    send: async (input) => {
      await api(path, { method, body: input });
      // Each field emptied in turn: a reset here would hide the "Saved" that follows.
      if (emptyOnSave) for (const [name, value] of Object.entries(options.defaultValues)) form.setValue(name as Path<Values>, value);
      startTransition(() => router.refresh());
    },
  });
  return { form, refreshing };
}
