import { describe, expect, it } from "vitest";
import { listQuerySchema, pageOf, pageWindow, readListQuery } from "../../lib/schemas/list-query.ts";

const schema = listQuerySchema(["name", "number"], "name");

describe("list query", () => {
  it("reads page, size, sort, direction and search", () => {
    expect(readListQuery({ page: "3", pageSize: "50", sort: "number", dir: "desc", q: "  Herne " }, schema)).toEqual({
      page: 3,
      pageSize: 50,
      sort: "number",
      dir: "desc",
      q: "Herne",
    });
  });

  it("falls back to defaults on anything malformed", () => {
    expect(
      readListQuery({ page: "-1", pageSize: "1000", sort: "password_hash", dir: "sideways", q: ["a", "b"] }, schema),
    ).toEqual({ page: 1, pageSize: 25, sort: "name", dir: "asc", q: "a" });
    expect(readListQuery({}, schema)).toEqual({ page: 1, pageSize: 25, sort: "name", dir: "asc", q: "" });
  });

  it("pages", () => {
    expect(pageWindow({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 });
    expect(pageOf([], 0, { page: 1, pageSize: 25 }).pageCount).toBe(1);
    expect(pageOf([], 51, { page: 1, pageSize: 25 }).pageCount).toBe(3);
  });
});
