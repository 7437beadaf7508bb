/**
 * C0 control characters but tab and line breaks, as text that shows them: `\u0000`. Spec text may hold
 * them escaped (`"T\u0000"` in JSON); in a string literal the printer escapes them, but a comment or a
 * Markdown file would carry them raw, which editors, terminals and npm's page show as garbage or hide.
 */
export function showControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
