// What a value looks like after JSON: how server data reaches the browser, by API or by props.
export type Jsonify<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? Jsonify<Item>[]
    : T extends object
      ? { [Key in keyof T]: Jsonify<T[Key]> }
      : T;

export function jsonify<T>(value: T): Jsonify<T> {
  return JSON.parse(JSON.stringify(value));
}
