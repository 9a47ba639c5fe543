import { PlanListEditor } from "@/app/(app)/plan/components/plan-list-editor";
import type { PlanListWithItems } from "@/lib/plan/data";

type PlanListCardProps = {
  list: PlanListWithItems;
  /** The only list under a heading that already names it: full width, without a title of its own. */
  alone?: boolean;
  /** A plan admin edits its items below them. */
  canEdit: boolean;
};

export function PlanListCard({ list, alone = false, canEdit }: PlanListCardProps) {
  return (
    <li className={`rounded-xl border border-line bg-surface p-5 ${alone ? "md:col-span-full" : ""}`}>
      {!alone && <h3 className="mb-3 font-semibold text-ink">{list.title}</h3>}
      <ul className={`text-sm ${alone ? "grid gap-4 md:grid-cols-2 xl:grid-cols-3" : "space-y-2"}`}>
        {list.items.map((item) => (
          <li key={item.id}>
            <span className="text-ink">{item.text}</span>
            {item.details.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink-muted marker:text-line-strong">
                {item.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {canEdit && <PlanListEditor list={list} />}
    </li>
  );
}
