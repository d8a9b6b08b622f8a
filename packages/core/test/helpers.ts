/** Every combination of one value from each list (the cartesian product), for exhaustive tables. */
export function combinations<T extends readonly (readonly unknown[])[]>(
  ...lists: T
): { [K in keyof T]: T[K][number] }[] {
  return lists.reduce<unknown[][]>(
    (rows, list) => rows.flatMap((row) => list.map((item) => [...row, item])),
    [[]],
  ) as { [K in keyof T]: T[K][number] }[];
}

/** A real 1×1 PNG as a data URL: what a drawn signature looks like on the wire. */
export const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
