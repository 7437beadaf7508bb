// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Request bodies that are not JSON, encoded by the generated builders: `multipart/form-data` (file uploads),
 * `application/x-www-form-urlencoded`, and raw bytes or text. Separate exports, so a bundle only carries
 * the encoders its API uses.
 */

/** What a file field or a raw body accepts: a `Blob` (a `File` keeps its name), bytes, or text. */
export type Uploadable = Blob | ArrayBuffer | ArrayBufferView | string;

/**
 * A `multipart/form-data` body (RFC 7578) as a `Blob` typed with its boundary: files and bytes go as file
 * parts (named by the `File`, else by the field), objects as JSON parts without a filename, anything else as
 * text, in the schema's order. Written here, not by `FormData`: a part that is not a file must go without a
 * `filename` (§4.2; multer, PHP and undici's `formData()` take a part with one for a file), and `FormData`
 * gives one to every part that has a content type. Fields go in `order` (the schema's: §5.2 says the form's
 * order, and Box's upload refuses `file` before `attributes`), then the others as given; arrays give one part
 * per item, `undefined` is left out; `types` are the Encoding Object's content types by field. A `delimited`
 * field's list goes as one text part, its items joined (an OpenAPI 3.1 Encoding Object's `explode: false`;
 * Swagger 2's `csv`, its default).
 */
export function encodeMultipart(fields: object | null, delimited: Readonly<Record<string, string>> = {}, order: readonly string[] = [], types: Readonly<Record<string, string>> = {}): Blob {
  const boundary = `----sdk${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const chunks: BlobPart[] = [];
  // `null`: a nullable body model left empty (as published specs declare them) is a form without fields.
  for (const [name, value] of inOrder(fields ?? {}, order)) {
    const delimiter = Object.hasOwn(delimited, name) ? delimited[name] : undefined;
    const items = delimiter !== undefined && Array.isArray(value) ? [joined(value, delimiter)] : Array.isArray(value) ? value : [value];
    for (const item of items) if (item !== undefined) chunks.push(`--${boundary}\r\n`, ...part(name, item, types[name]), '\r\n');
  }
  chunks.push(`--${boundary}--\r\n`);
  return new Blob(chunks, { type: `multipart/form-data; boundary=${boundary}` });
}

/** The entries of `fields`, those `order` names first and in its order; the sort is stable for the rest. */
function inOrder(fields: object, order: readonly string[]): [string, unknown][] {
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  return Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b));
}

/** A part's headers and content: a file part has a `filename`; a text part has no `Content-Type` unless the spec gives one. */
function part(name: string, value: unknown, type: string | undefined): BlobPart[] {
  const file = value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
  const object = !file && typeof value === 'object' && value !== null && !(value instanceof Date);
  const filename = file ? (typeof (value as { name?: unknown }).name === 'string' ? (value as File).name : name) : undefined;
  // A type the spec gives an object field is used only if it is JSON: the part holds JSON whatever it says.
  const contentType = file ? (value as Partial<Blob>).type || type || 'application/octet-stream' : object ? (type && /json/i.test(type) ? type : 'application/json') : type;
  const disposition = `form-data; name="${quoted(name)}"${filename === undefined ? '' : `; filename="${quoted(filename)}"`}`;
  const content = file ? (value as BlobPart) : object ? JSON.stringify(value) : formText(value);
  return [`Content-Disposition: ${disposition}\r\n${contentType ? `Content-Type: ${contentType}\r\n` : ''}\r\n`, content];
}

/** A name in a quoted header parameter, its `"` and line breaks escaped as browsers escape them (`%22`, `%0D`, `%0A`). */
function quoted(text: string): string {
  return text.replace(/["\r\n]/g, encodeURIComponent);
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
