import type { SqlDriverAdapter, SqlQuery, SqlQueryable, SqlResultSet } from "@prisma/driver-adapter-utils";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";

// Two gaps between @prisma/adapter-pg 7.10 and the WASM schema engine, closed here.
//
// 1. PostgreSQL's internal one-byte type "char" (OID 18) appears in the catalog queries the
//    schema engine runs (pg_constraint.contype, …). @prisma/adapter-pg has no mapping for it
// and throws. The engine reads those columns as ColumnTypeEnum.Character, so we let pg
// decode them as text and then report them as Character. (Reporting them as Text makes
// the engine panic once a CHECK constraint exists.)
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Field = { dataTypeID: number };
type PerformIO = (query: SqlQuery) => Promise<{ fields: Field[] }>;
type WithPerformIO = SqlQueryable & { performIO: PerformIO };

function patchQueryable<T extends SqlQueryable>(queryable: T): T {
  const target = queryable as unknown as WithPerformIO;
  const performIO = target.performIO.bind(target);
  const queryRaw = target.queryRaw;
  target.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const charColumns: number[] = [];
    // A per-call view of the adapter whose performIO records the "char" columns, so that
    // concurrent queries on the same adapter cannot see each other's indexes.
    const view = Object.create(target, {
      performIO: {
        value: async (q: SqlQuery) => {
          const result = await performIO(q);
          result.fields.forEach((field, index) => {
            if (field.dataTypeID === PG_CHAR_OID) {
              field.dataTypeID = PG_TEXT_OID;
              charColumns.push(index);
            }
          });
          return result;
        },
      },
    });
    const resultSet = await queryRaw.call(view, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

// 2. adapter-pg's executeScript splits a script at every ";", which breaks function bodies
//    ($$ … $$) in hand-written migrations. PostgreSQL's simple query protocol takes the whole
//    script at once (as Prisma's native engine sends it) and runs it as one implicit
//    transaction, so a failing migration leaves nothing half-applied.
type WithPool = { underlyingDriver(): { query(sql: string): Promise<unknown> } };

/** Makes an adapter-pg connection usable by the WASM schema engine. */
export function forSchemaEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  patchQueryable(adapter);
  const pool = (adapter as unknown as WithPool).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  return adapter;
}
