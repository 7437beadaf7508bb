/** A whole number of 0 or more, as settings such as `x-sdk.client.maxRetries` take. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
