/** A server URL with variables, as the spec writes it. */
import type { ServerTemplateIR } from './types.js';

/** The template's URL with each variable as `{name}` (`https://{region}.uploads.example.com`); its parts alternate text and names. */
export function templateURL(template: ServerTemplateIR): string {
  return template.parts.map((part, i) => (i % 2 === 0 ? part : `{${part}}`)).join('');
}
