package nl.openbaar.redaction;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** The review store on a real PostgreSQL server (embedded, PostgreSQL 18). */
class PostgresRedactionStoreTest extends RedactionStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
