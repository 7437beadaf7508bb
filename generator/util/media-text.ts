/** Media types whose content is text a client reads or writes as a string, by the type without its parameters. */
const TEXT_MEDIA = /^text\/|[/+](xml|javascript|ecmascript|yaml|x-yaml|x-www-form-urlencoded|graphql|csv|sql)\b/;

/** Whether a media type (`text/csv`, `application/xml`, `image/svg+xml`) names text; JSON is left to `isJsonMediaType`. */
export function isTextMediaType(essence: string): boolean {
  return TEXT_MEDIA.test(essence);
}
