package nl.openbaar.publication;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** Publication, audit and account storage on a real PostgreSQL server (embedded, PostgreSQL 18). */
class PostgresPublicationStoreTest extends PublicationStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
