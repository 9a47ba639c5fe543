// Checks an answer against the OpenAPI document as a client would read it: after JSON, with the
// document's JSON Schema for the operation's success.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api-docs/openapi";

type DocumentedOperation = { operationId: string; responses: Record<string, { content?: Record<string, { schema: object }> }> };

const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// Shared answers are referred to by the document's own address for them, inside one another too.
const asDefs = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"muster-components#/$defs/'));
ajv.addSchema({ $id: "muster-components", $defs: asDefs(document.components.schemas) }, "muster-components");

const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods as Record<string, DocumentedOperation>));

/** The JSON Schema errors of `answer` against `operationId`'s success answer; none when it fits. */
export function documentedAnswerErrors(operationId: string, answer: unknown): string {
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`No operation is named ${operationId}.`);
  const [, success] = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))!;
  const schema = success.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${operationId} documents no JSON answer.`);
  const validate = ajv.compile(asDefs(schema));
  return validate(JSON.parse(JSON.stringify(answer))) ? "" : ajv.errorsText(validate.errors);
}
