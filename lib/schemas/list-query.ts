import { z } from "zod";

// What a server-side list reads from its URL: page, page size, sort column and direction,
// a search term. Anything malformed falls back to the default instead of failing, so an old
// bookmark or a hand-edited URL still shows the list.

export const PAGE_SIZES = [25, 50, 100] as const;
export type SortDirection = "asc" | "desc";

export type ListQuery<S extends string> = {
  page: number;
  pageSize: number;
  sort: S;
  dir: SortDirection;
  q: string;
};

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter (Next passes repeated ones as arrays). */
export function param(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

export function listQuerySchema<const S extends readonly [string, ...string[]]>(sortKeys: S, defaultSort: S[number]) {
  return z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
      .catch(PAGE_SIZES[0]),
    sort: z.enum(sortKeys).catch(defaultSort as never),
    dir: z.enum(["asc", "desc"]).catch("asc"),
    q: z.string().trim().max(100).catch(""),
  });
}

/** Reads the list parameters of a page's searchParams with a schema from listQuerySchema. */
export function readListQuery<S extends string>(params: SearchParams, schema: z.ZodType<ListQuery<S>>): ListQuery<S> {
  return schema.parse({
    page: param(params, "page"),
    pageSize: param(params, "pageSize"),
    sort: param(params, "sort"),
    dir: param(params, "dir"),
    q: param(params, "q") ?? "",
  });
}

/** One page of a list, as the DAL returns it. */
export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number; pageCount: number };

export function pageOf<T>(rows: T[], total: number, query: { page: number; pageSize: number }): Page<T> {
  return {
    rows,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** skip/take for a query (Prisma) from the list parameters. */
export function pageWindow(query: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}
