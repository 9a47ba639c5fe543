import { describeValue, fieldInWords } from "@/lib/plan/words";

type FieldChange = { field: string; from: unknown; to: unknown };

/** Each changed field, named in words, with its value on one side and the other: "Phone: "+1-555-0101" → "+44 …"". */
export function FieldChanges({ fields, fromLabel, toLabel }: { fields: FieldChange[]; fromLabel: string; toLabel: string }) {
  return (
    <dl className="space-y-2 text-sm">
      {fields.map(({ field, from, to }) => (
        <div key={field} className="grid gap-x-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
          <dt className="min-w-0 break-words text-ink-muted">{fieldInWords(field)}</dt>
          <dd className="min-w-0 break-words text-ink">
            <span className="sr-only">{fromLabel} </span>
            <del className="text-ink-muted decoration-ink-muted/60">{describeValue(from)}</del>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {toLabel} </span>
            <ins className="font-medium no-underline">{describeValue(to)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
