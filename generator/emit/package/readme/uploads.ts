/** The README's `Uploads` section, for an API with a multipart or raw request body. */
import type { ApiIR } from '../../../ir/types.js';
import { bodyEncoding } from '../../body-encoding.js';
import { methodPath } from '../signature.js';
import { blocks, code, heading } from '../markdown.js';

export function uploads(api: ApiIR): string | undefined {
  const sending = api.operations.filter((op) => op.requestBody && ['multipart', 'raw'].includes(bodyEncoding(op)));
  if (sending.length === 0) return undefined;
  return blocks(
    heading(2, 'Uploads'),
    `${sending.map((op) => code(methodPath(op))).join(', ')} ${sending.length === 1 ? 'sends' : 'send'} files or raw content. A file field or a raw body takes an ${code('Uploadable')}: a ${code('File')} (its name and type are sent), a ${code('Blob')}, bytes (${code('ArrayBuffer')}, a ${code('Uint8Array')} or Node's ${code('Buffer')}) or text. In Node, ${code("await fs.openAsBlob('photo.png')")} gives a ${code('Blob')} of a file without reading it into memory first.`,
    `Multipart bodies go with their parts in the order the spec declares the fields; an object field goes as a JSON part (${code('Content-Type: application/json')}, no filename), a field the spec gives a content type goes with it. A raw body goes as given, with the media type of the spec. Such a body can be sent again on a retry, as a JSON body can.`,
  );
}
