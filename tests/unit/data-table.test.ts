import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type Column, DataTable } from "../../components/table/data-table.tsx";
import { CATALOGS } from "../../lib/i18n/catalog.ts";

// The shared list table: rows as the server sent them, sort links that keep the filters,
// aria-sort on the sorted column, an empty-state row.

type School = { id: string; name: string; pupils: number };
const columns: Column<School>[] = [
  { id: "name", accessorKey: "name", header: "Name", meta: { sortKey: "name" } },
  { id: "pupils", accessorKey: "pupils", header: "Schüler", meta: { sortKey: "pupils", numeric: true } },
  { id: "note", header: "Hinweis", cell: () => "–" },
];

// The provider's children come as createElement's third argument.
const intl = { locale: "de", messages: CATALOGS.de, timeZone: "Europe/Berlin" } as ComponentProps<
  typeof NextIntlClientProvider
>;

function render(rows: School[], sort = "name", dir: "asc" | "desc" = "asc") {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      intl,
      createElement(DataTable<School>, {
        caption: "Schulen",
        columns,
        rows,
        rowId: (row) => row.id,
        sort,
        dir,
        path: "/schulen",
        query: { q: "Herne", sort, dir },
      }),
    ),
  );
}

describe("DataTable", () => {
  it("lays out the rows in the server's order", () => {
    const html = render([
      { id: "b", name: "Schillerschule", pupils: 210 },
      { id: "a", name: "Josefschule", pupils: 180 },
    ]);
    expect(html).toContain("<caption");
    expect(html.indexOf("Schillerschule")).toBeLessThan(html.indexOf("Josefschule"));
    expect(html).toContain("210");
  });

  it("marks the sorted column and links the other direction, keeping the search", () => {
    const html = render([{ id: "a", name: "Josefschule", pupils: 180 }], "name", "asc");
    expect(html).toMatch(/aria-sort="ascending"/);
    expect(html).toContain('href="/schulen?q=Herne&amp;sort=name&amp;dir=desc&amp;page=1"');
    expect(html).toContain('href="/schulen?q=Herne&amp;sort=pupils&amp;dir=asc&amp;page=1"');
    expect(html.match(/<a /g)?.length).toBe(2);
  });

  it("says so when there is nothing to show", () => {
    expect(render([])).toContain("Keine Einträge gefunden.");
  });
});
