import { buttonClasses } from "@/components/ui/button-classes";
import { Icon } from "@/components/ui/icon";

/** The conference bridge, where the responders talk: the first thing someone paged looks for. */
export function BridgeLink({ url }: { url: string | null }) {
  if (!url) return null;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className={buttonClasses("primary", "max-w-full")} data-testid="bridge-link">
      <Icon name="phone" className="size-4 shrink-0" />
      <span>Join the bridge</span>
      <span className="sr-only">(opens {new URL(url).host} in a new tab)</span>
    </a>
  );
}
