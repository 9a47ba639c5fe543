import { Icon } from "@/components/ui/icon";
import type { DependencyCycleError } from "@/lib/services/recovery-order";

export function DependencyCycleAlert({ error }: { error: DependencyCycleError }) {
  return (
    <div role="alert" className="rounded-xl border border-critical-line bg-critical-soft p-4 text-critical">
      <h2 className="flex items-center gap-2 font-semibold">
        <Icon name="alert" />
        No recovery order: the dependencies form a cycle
      </h2>
      <p className="mt-2 text-sm">
        {error.cycle.join(" → ")}: each depends on the next. Remove one of these dependencies so Muster can derive
        what must come back first and draw the graph.
      </p>
    </div>
  );
}
