package nl.openbaar.request;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** The request store on a real PostgreSQL server (embedded, PostgreSQL 18). */
class PostgresRequestStoreTest extends RequestStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
