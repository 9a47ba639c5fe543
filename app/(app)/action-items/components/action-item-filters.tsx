"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ACTION_ITEM_PRIORITY_LABELS, ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ActionItemOwner } from "@/lib/action-items/data";
import type { ActionItemFilters as Filters, ActionItemStatusFilter } from "@/lib/action-items/schema";
import { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";

const STATUS_CHOICES: { value: ActionItemStatusFilter; label: string }[] = [
  { value: "unfinished", label: "Open or in progress" },
  { value: "overdue", label: "Overdue" },
  ...Object.values(ActionItemStatus).map((status) => ({ value: status, label: ACTION_ITEM_STATUS_LABELS[status] })),
];

type Choice = { value: string; label: string };

type FilterProps = {
  name: string;
  label: string;
  value?: string;
  choices: Choice[];
  onChange: (name: string, value: string) => void;
  className?: string;
};

function Filter({ name, label, value, choices, onChange, className = "" }: FilterProps) {
  const id = `filter-${name}`;
  return (
    <div className={`min-w-0 space-y-1.5 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(name, event.target.value)} className={fieldClasses()}>
        <option value="">Any</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Owner, status and priority filters kept in the address, so a filtered list can be shared as a link. */
export function ActionItemFilters({ owners, filters }: { owners: ActionItemOwner[]; filters: Filters }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  function change(name: string, value: string) {
    const params = new URLSearchParams(searchParams);
    if (value) params.set(name, value);
    else params.delete(name);
    router.replace(params.size ? `${pathname}?${params}` : pathname, { scroll: false });
  }
  return (
    <form role="search" aria-label="Filter action items" className="grid grid-cols-2 gap-3 sm:grid-cols-[repeat(3,minmax(0,1fr))_auto] sm:items-end" onSubmit={(event) => event.preventDefault()}>
      <Filter
        name="owner"
        label="Owner"
        value={filters.owner}
        choices={owners.map((owner) => ({ value: owner.value, label: owner.name }))}
        onChange={change}
        className="col-span-2 sm:col-span-1"
      />
      <Filter name="status" label="Status" value={filters.status} choices={STATUS_CHOICES} onChange={change} />
      <Filter
        name="priority"
        label="Priority"
        value={filters.priority}
        choices={Object.values(ActionItemPriority).map((priority) => ({ value: priority, label: ACTION_ITEM_PRIORITY_LABELS[priority] }))}
        onChange={change}
      />
      {Object.values(filters).some(Boolean) && (
        <Link href={pathname} className="col-span-2 flex min-h-11 items-center text-sm font-medium text-accent hover:underline sm:col-span-1">
          Clear filters
        </Link>
      )}
    </form>
  );
}
