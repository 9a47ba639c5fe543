// Whether the break-glass bundle still holds the plan in force: admins are told to make a new one
// once the plan has moved on since the last.
type BundleState = { version: string; bundleVersion: string | null };

/** "The break-glass bundle is from v1.3; the plan is now v1.5 — make a new one", or null while it is current. */
export function staleBundleWords({ version, bundleVersion }: BundleState): string | null {
  if (bundleVersion === null || bundleVersion === version) return null;
  return `The break-glass bundle is from v${bundleVersion}; the plan is now v${version} — make a new one.`;
}
