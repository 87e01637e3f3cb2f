/** Runs `fn`, handing back its failure as a value: one failed engine becomes an error row, not a crash. */
export async function attempt<T>(fn: () => Promise<T>): Promise<T | Error> {
  try {
    return await fn();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
