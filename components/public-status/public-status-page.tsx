import { OVERALL_LABELS, SERVICE_STATE_LABELS, STATE_TONES } from "@/components/public-status/public-state";
import { PublicUpdates } from "@/components/public-status/public-updates";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { Section } from "@/components/ui/section";
import { formatDateAndTime } from "@/lib/format";
import { PUBLIC_HISTORY_DAYS, type PublicStatusView } from "@/lib/public-status/types";

/** Where the page's JSON and feed are: beside the page when served, beside the file when exported. */
export type PublicStatusLinks = { json: string; atom: string };

const utc = (iso: string) => `${formatDateAndTime(new Date(iso))} UTC`;

function StaleNotice({ status }: { status: PublicStatusView }) {
  return (
    <p role="status" className="flex gap-2 rounded-xl border border-major-line bg-major-soft px-4 py-3 text-sm text-major">
      <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
      <span>
        We cannot reach our status data right now (since {utc(status.unreachableSince!)}). This is the status as of{" "}
        <strong className="font-semibold">{utc(status.asOf)}</strong>.
      </span>
    </p>
  );
}

function Unavailable() {
  return (
    <Card className="px-5 py-6">
      <p className="font-medium text-ink">The status is unavailable right now.</p>
      <p className="mt-1 text-sm text-ink-muted">Please try again in a minute.</p>
    </Card>
  );
}

/**
 * The status page for everyone outside: what works, what does not, and what we have said about it.
 * Rendered to static HTML once per change (lib/public-status/html.tsx), never hydrated.
 */
export function PublicStatusPage({ status, links }: { status: PublicStatusView | null; links: PublicStatusLinks }) {
  const ongoing = status?.incidents.filter((incident) => incident.status === "ongoing") ?? [];
  const past = status?.incidents.filter((incident) => incident.status === "resolved") ?? [];
  return (
    <main className="mx-auto max-w-3xl space-y-8 px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Service status</h1>
      {!status ? (
        <Unavailable />
      ) : (
        <>
          {status.stale && <StaleNotice status={status} />}
          <div className={`rounded-xl border px-5 py-5 ${STATE_TONES[status.overall].panel}`}>
            <p className="text-xl font-semibold">{OVERALL_LABELS[status.overall]}</p>
            {/* In ink, not the state's tone: small text on the tinted panel needs the stronger contrast. */}
            <p className="mt-1 text-sm text-ink">
              Updated <time dateTime={status.asOf}>{utc(status.asOf)}</time>
            </p>
          </div>

          {ongoing.length > 0 && (
            <Section id="ongoing" title="Ongoing incidents">
              <ul className="space-y-4">
                {ongoing.map((incident) => (
                  <li key={incident.id} id={incident.id}>
                    <Card className="space-y-4 px-5 py-5">
                      <div>
                        <h3 className="font-semibold text-ink [overflow-wrap:anywhere]">{incident.title}</h3>
                        {incident.services.length > 0 && (
                          <p className="mt-0.5 text-sm text-ink-muted">Affects {incident.services.join(", ")}</p>
                        )}
                      </div>
                      <PublicUpdates updates={incident.updates} title={incident.title} />
                    </Card>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          <Section id="services" title="Services">
            <Card>
              <ul className="divide-y divide-line">
                {status.services.map((service) => (
                  <li key={service.name} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 py-3">
                    <span className="text-ink">{service.name}</span>
                    <span className={`flex items-center gap-2 text-sm font-medium whitespace-nowrap ${STATE_TONES[service.state].text}`}>
                      <span aria-hidden="true" className={`size-2.5 rounded-full ${STATE_TONES[service.state].dot}`} />
                      {SERVICE_STATE_LABELS[service.state]}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          </Section>

          <Section id="history" title="Past incidents" description={`The last ${PUBLIC_HISTORY_DAYS} days.`}>
            {past.length ? (
              <ul className="space-y-3">
                {past.map((incident) => (
                  <li key={incident.id} id={incident.id}>
                    <Card className="px-5 py-4">
                      <details>
                        <summary className="cursor-pointer list-inside">
                          <span className="font-medium text-ink [overflow-wrap:anywhere]">{incident.title}</span>
                          <span className="block text-sm text-ink-muted sm:ml-5">
                            Resolved {incident.resolvedAt ? utc(incident.resolvedAt) : ""}
                            {incident.services.length > 0 && <> · {incident.services.join(", ")}</>}
                          </span>
                        </summary>
                        <div className="mt-4">
                          <PublicUpdates updates={incident.updates} title={incident.title} />
                        </div>
                      </details>
                    </Card>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-ink-muted">No incidents in the last {PUBLIC_HISTORY_DAYS} days.</p>
            )}
          </Section>
        </>
      )}
      <footer className="border-t border-line pt-4 text-sm text-ink-muted">
        Follow updates:{" "}
        <a className="text-accent underline" href={links.atom}>
          Atom feed
        </a>{" "}
        ·{" "}
        <a className="text-accent underline" href={links.json}>
          JSON
        </a>
      </footer>
    </main>
  );
}
