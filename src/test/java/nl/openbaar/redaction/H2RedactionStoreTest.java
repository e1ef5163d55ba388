package nl.openbaar.redaction;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** The review store on the embedded default: H2 in PostgreSQL mode. */
class H2RedactionStoreTest extends RedactionStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
