import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <PageHeader
      title="Not found"
      description={
        <p>
          Nothing in the plan lives at this address.{" "}
          <Link href="/" className="font-medium text-accent hover:underline">
            Back to the overview
          </Link>
        </p>
      }
    />
  );
}
