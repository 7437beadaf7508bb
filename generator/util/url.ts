/** URLs as specs write them. */

/** Whether a URL names its own scheme and host (`https://api.example.com/v1`), not a path relative to somewhere. */
export function isAbsoluteURL(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}
