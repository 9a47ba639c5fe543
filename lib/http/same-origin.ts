// Cross-site request forgery stops here: a write that rides on the session cookie must come from
// Muster's own pages. Browsers send Sec-Fetch-Site and Origin on every POST, PATCH and DELETE and a
// page cannot forge them (Fetch Metadata, https://www.w3.org/TR/fetch-metadata/). Bearer-token
// calls carry no ambient credential, so automation may call from anywhere.

type HeaderSource = { get(name: string): string | null | undefined };

/** The hosts Muster answers as: the one people reach it by, and the one this request was sent to. */
function ownHosts(headers: HeaderSource): Set<string> {
  const hosts = new Set<string>();
  if (process.env.NEXTAUTH_URL) hosts.add(new URL(process.env.NEXTAUTH_URL).host);
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded);
  const host = headers.get("host");
  if (host) hosts.add(host);
  return hosts;
}

/** Whether a browser request comes from one of Muster's own pages. */
export function isSameOrigin(headers: HeaderSource): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return fetchSite === "same-origin";
  try {
    return ownHosts(headers).has(new URL(origin).host);
  } catch {
    return false;
  }
}

export const CROSS_SITE_REFUSED =
  "This request came from another site, so Muster refused it. Use Muster's own pages, or an API token for automation.";
