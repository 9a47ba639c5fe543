import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";

/** The period to show, as two days; sent as the page's query so the address can be kept and shared. */
export function PeriodForm({ from, to, refusal }: { from: string; to: string; refusal: string | null }) {
  return (
    <form method="get" action="/evidence" className="print:hidden" aria-describedby={refusal ? "period-refusal" : undefined}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label className="block text-sm font-medium text-ink sm:w-48">
          From
          <input type="date" name="from" defaultValue={from} className={fieldClasses("mt-1")} />
        </label>
        <label className="block text-sm font-medium text-ink sm:w-48">
          To
          <input type="date" name="to" defaultValue={to} className={fieldClasses("mt-1")} />
        </label>
        <button type="submit" className={buttonClasses("secondary", "sm:mb-0.5")}>
          Show period
        </button>
      </div>
      {refusal && (
        <p id="period-refusal" role="alert" className="mt-3 text-sm text-critical">
          {refusal} Showing the last twelve months instead.
        </p>
      )}
    </form>
  );
}
