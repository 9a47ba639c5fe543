import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";

/** Two versions to compare; an ordinary form, so the comparison has an address to share. */
export function CompareForm({ versions, a, b }: { versions: string[]; a: string; b: string }) {
  const select = (name: "a" | "b", label: string, value: string) => (
    <div className="min-w-0 flex-1 space-y-1.5">
      <label htmlFor={`compare-${name}`} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={value} className={fieldClasses()}>
        {versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/plan/history#compare" aria-label="Compare two versions" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      {select("a", "From version", a)}
      {select("b", "To version", b)}
      <button type="submit" className={buttonClasses("primary", "min-h-11")}>
        Compare
      </button>
    </form>
  );
}
