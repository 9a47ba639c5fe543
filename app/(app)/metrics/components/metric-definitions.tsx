import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { MONTHS_SHOWN } from "@/lib/metrics/compute";

/** Exactly what each figure counts, so nobody has to guess what a number means. */
export function MetricDefinitions() {
  return (
    <Card className="p-5">
      <DetailList
        labelWidth="sm:grid-cols-[11rem_minmax(0,1fr)]"
        details={[
          {
            label: "Time to detect (MTTD)",
            value: "Mean time to detect: from when the impact began to detection, averaged over the incidents that record when the impact began.",
          },
          {
            label: "Response time",
            value: "Team response time: from detection to acknowledgement (the incident first moved to Assessing), averaged over acknowledged incidents.",
          },
          {
            label: "Time to recover (MTTR)",
            value: "Mean time to recover: from detection to resolution, averaged over resolved incidents. Incidents still being worked do not count.",
          },
          {
            label: "RTO achieved",
            value:
              "Share of affected services back by their RTO deadline. A service never marked restored counts as back when its incident was resolved. In an incident still being worked, a service past its deadline has missed; one within it is not counted yet.",
          },
          {
            label: "RPO achieved",
            value:
              "Share of affected services whose measured data loss stayed within their RPO: the service's own measurement, else the incident's. Services with no measurement are left out.",
          },
          {
            label: "Action items",
            value:
              "Done out of all but the cancelled ones; overdue means open or in progress past the due date. The plan's own action items count with the real incidents.",
          },
          {
            label: "Breakdowns",
            value: `By the incident's severity; by service, counting an incident under each service it affected; by calendar month of detection (UTC), the last ${MONTHS_SHOWN} months. Drills count only among drills.`,
          },
        ]}
      />
    </Card>
  );
}
