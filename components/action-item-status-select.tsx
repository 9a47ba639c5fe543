"use client";
import { useMutation } from "@tanstack/react-query";
import { ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { ActionItemStatus } from "@/lib/generated/prisma/enums";

type ActionItemStatusSelectProps = {
  item: { id: string; title: string; status: ActionItemStatus };
  /** Fetches what the change altered; the select stays busy until it is done. */
  onChanged: () => Promise<unknown> | void;
};

/** Moves an item along: open, in progress, done (which records when) or cancelled. Saved on choice. */
export function ActionItemStatusSelect({ item, onChanged }: ActionItemStatusSelectProps) {
  const change = useMutation({
    mutationFn: (status: ActionItemStatus) => api(`/api/action-items/${item.id}`, { method: "PATCH", body: { status } }),
    onSuccess: onChanged,
  });
  const id = `status-${item.id}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        Status of {item.title}
      </label>
      <select
        id={id}
        value={change.isPending ? change.variables : item.status}
        disabled={change.isPending}
        onChange={(event) => change.mutate(event.target.value as ActionItemStatus)}
        className={fieldClasses("min-w-36")}
      >
        {Object.values(ActionItemStatus).map((status) => (
          <option key={status} value={status}>
            {ACTION_ITEM_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      {change.error && <ErrorText>{refusalInWords(change.error)}</ErrorText>}
    </div>
  );
}
