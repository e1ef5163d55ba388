package nl.openbaar.publication;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** Publication, audit and account storage on H2 in PostgreSQL mode (the embedded default). */
class H2PublicationStoreTest extends PublicationStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
