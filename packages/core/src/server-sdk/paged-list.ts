/** One page of a list: its items and the cursor of the next page, `null` on the last. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * The answer of a `list` call: `await` it for the first page, or `for await` over it for every item
 * of every page, fetched one page at a time as the loop asks.
 *
 * @example
 * const first = await signport.clients.list({ limit: 50 });
 * for await (const client of signport.clients.list()) console.log(client.name);
 */
export class PagedList<P extends Page<unknown>>
  implements PromiseLike<P>, AsyncIterable<P['items'][number]>
{
  readonly #fetchPage: (cursor: string | undefined) => Promise<P>;
  #firstPage: Promise<P> | undefined;

  constructor(fetchPage: (cursor: string | undefined) => Promise<P>) {
    this.#fetchPage = fetchPage;
  }

  then<Result1 = P, Result2 = never>(
    onFulfilled?: ((page: P) => Result1 | PromiseLike<Result1>) | null,
    onRejected?: ((reason: unknown) => Result2 | PromiseLike<Result2>) | null,
  ): Promise<Result1 | Result2> {
    this.#firstPage ??= this.#fetchPage(undefined);
    return this.#firstPage.then(onFulfilled, onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<P['items'][number]> {
    let cursor: string | undefined;
    do {
      const page = await this.#fetchPage(cursor);
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
}
