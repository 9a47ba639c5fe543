import { IMPACT_LABELS } from "@/components/service-impact";

/** The impacts a service can have, as a select's options, most severe first. */
export function ImpactOptions() {
  return Object.entries(IMPACT_LABELS).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
