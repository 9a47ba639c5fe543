import { PlanListCard } from "@/app/(app)/plan/components/plan-list-card";
import { Section } from "@/components/ui/section";
import type { PlanListWithItems } from "@/lib/plan/data";

/** One chapter of the plan (Continuous Improvement, Appendices, …) with its lists. */
export function PlanChapter({ title, lists, canEdit }: { title: string; lists: PlanListWithItems[]; canEdit: boolean }) {
  const alone = lists.length === 1 && lists[0].title === title;
  return (
    <Section id={title.toLowerCase().replaceAll(" ", "-")} title={title}>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {lists.map((list) => (
          <PlanListCard key={list.key} list={list} alone={alone} canEdit={canEdit} />
        ))}
      </ul>
    </Section>
  );
}
