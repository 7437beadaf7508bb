// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Request bodies that are not JSON, encoded by the generated builders: `multipart/form-data` (file uploads),
 * `application/x-www-form-urlencoded`, and raw bytes or text. Separate exports, so a bundle only carries
 * the encoders its API uses.
 */

/** What a file field or a raw body accepts: a `Blob` (a `File` keeps its name), bytes, or text. */
export type Uploadable = Blob | ArrayBuffer | ArrayBufferView | string;

/**
 * A `FormData` of the fields: arrays give one part per item, `undefined` is left out, files and bytes go
 * as file parts (named by the `File`, else by the field), objects as JSON parts (`application/json`, the
 * default OpenAPI gives them), and anything else as text. A `delimited` field's list goes as one text part,
 * its items joined (an OpenAPI 3.1 Encoding Object's `explode: false`; Swagger 2's `csv`, its default).
 */
export function encodeMultipart(fields: object | null, delimited: Readonly<Record<string, string>> = {}): FormData {
  const form = new FormData();
  // `null`: a nullable body model left empty (as published specs declare them) is a form without fields.
  for (const [name, value] of Object.entries(fields ?? {})) {
    const delimiter = Object.hasOwn(delimited, name) ? delimited[name] : undefined;
    if (delimiter !== undefined && Array.isArray(value)) form.append(name, joined(value, delimiter));
    else for (const item of Array.isArray(value) ? value : [value]) appendPart(form, name, item);
  }
  return form;
}

function appendPart(form: FormData, name: string, value: unknown): void {
  if (value === undefined) return;
  if (value instanceof Blob) form.append(name, value, typeof (value as { name?: unknown }).name === 'string' ? (value as File).name : name);
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) form.append(name, new Blob([value as ArrayBuffer]), name);
  else if (value instanceof Date) form.append(name, value.toISOString());
  else if (typeof value === 'object' && value !== null) form.append(name, new Blob([JSON.stringify(value)], { type: 'application/json' }), name);
  else form.append(name, value === null ? '' : String(value));
}

/** A JSON Lines body (NDJSON): each value as JSON on a line of its own, every line ended by a LF. */
export function encodeJSONLines(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}

/** A JSON text sequence body (`application/json-seq`, RFC 7464): each value as JSON after a RS, ended by a LF. */
export function encodeJSONSeq(values: readonly unknown[]): string {
  return values.map((value) => `\u001e${JSON.stringify(value)}\n`).join('');
}

/**
 * A `application/x-www-form-urlencoded` body: arrays repeat the key, objects go as JSON text, `undefined`
 * is left out. The `deepObject` fields (as the spec's Encoding Object says) go in brackets instead, the
 * way Stripe, Rails and PHP read forms: `metadata[plan]=pro`, `items[0][price]=p_1`; a `delimited` field's
 * list goes as one value, its items joined (`explode: false`: `ids=1,2`; Swagger 2's `csv`).
 */
export function encodeForm(fields: object | null, deepObject: readonly string[] = [], delimited: Readonly<Record<string, string>> = {}): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (deepObject.includes(name)) {
      appendDeep(form, name, value);
      continue;
    }
    const delimiter = Object.hasOwn(delimited, name) ? delimited[name] : undefined;
    if (delimiter !== undefined && Array.isArray(value)) {
      form.append(name, joined(value, delimiter));
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) form.append(name, formText(item));
    }
  }
  return form;
}

function appendDeep(form: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) value.forEach((item, i) => appendDeep(form, `${key}[${i}]`, item));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [child, item] of Object.entries(value)) appendDeep(form, `${key}[${child}]`, item);
  } else form.append(key, formText(value));
}

/** A delimited list as one form value: its items as text, `undefined` ones left out. */
function joined(items: readonly unknown[], delimiter: string): string {
  return items.filter((item) => item !== undefined).map(formText).join(delimiter);
}

function formText(value: unknown): string {
  return value === null ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
