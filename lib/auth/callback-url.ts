// Where a fresh sign-in may land: a path on Muster and nothing else. Browsers drop tabs and line
// breaks from a URL and read a backslash as a slash, so "/\t/evil.example" or "/\\evil.example" is
// another site to them although it starts with one slash; such a value is refused outright.
const UNSAFE_CHARACTERS = /[\u0000-\u001F\u007F\\]/;
const PROBE_ORIGIN = "http://muster.invalid";

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The value as a path on this site (with its query and fragment), or undefined for anything else. */
export function sameOriginPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return undefined;
  const decoded = decodedOnce(value);
  if (decoded === null || UNSAFE_CHARACTERS.test(value) || UNSAFE_CHARACTERS.test(decoded) || decoded.startsWith("//")) return undefined;
  const url = new URL(value, PROBE_ORIGIN);
  return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : undefined;
}

/** next-auth's redirect after sign-in or sign-out: an address on Muster, else Muster's home. */
export function redirectWithinMuster(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let candidate = url;
  if (URL.canParse(url)) {
    const absolute = new URL(url);
    candidate = absolute.origin === base.origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "/";
  }
  return new URL(sameOriginPath(candidate) ?? "/", base).toString();
}
