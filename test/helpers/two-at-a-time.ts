/** Runs `task` on each item, two at a time (the machines here have two cores); results in the items' order. */
export async function twoAtATime<T, R>(items: readonly T[], task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!, i);
  };
  await Promise.all([worker(), worker()]);
  return results;
}
