package nl.openbaar.request;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** The request store on the embedded default: H2 in PostgreSQL mode. */
class H2RequestStoreTest extends RequestStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
