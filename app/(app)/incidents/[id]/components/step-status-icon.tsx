import { Icon } from "@/components/ui/icon";

/** For those who watch rather than work: whether a step is done, without a control to change it. */
export function StepStatusIcon({ done }: { done: boolean }) {
  return done ? (
    <span className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-ok-soft text-ok">
      <Icon name="check" className="size-4" />
      <span className="sr-only">Done:</span>
    </span>
  ) : (
    <span className="mt-0.5 size-6 shrink-0 rounded-full border-2 border-line-strong">
      <span className="sr-only">Not done:</span>
    </span>
  );
}
