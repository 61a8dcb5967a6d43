/**
 * A dialect whose driver passes every connection it hands out through `patch`
 * first: the one place every query of both stores goes through (the input
 * guard, query timing). Connections are patched in place, not wrapped:
 * drivers release connections through private members of their own objects.
 */
import type { DatabaseConnection, Dialect, Kysely } from 'kysely';

export function withPatchedConnections(dialect: Dialect, patch: (connection: DatabaseConnection) => DatabaseConnection): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
    createIntrospector: (db: Kysely<any>) => dialect.createIntrospector(db),
    createDriver() {
      const driver = dialect.createDriver();
      const acquire = driver.acquireConnection.bind(driver);
      driver.acquireConnection = async () => patch(await acquire());
      return driver;
    },
  };
}
