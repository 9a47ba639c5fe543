import { Fragment } from "react";

/** A file path or command that wraps after a slash rather than inside a name. */
export function PathText({ text }: { text: string }) {
  return text.split("/").map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}
