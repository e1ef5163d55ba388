package nl.openbaar.letter;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** Letters and inventory on the embedded default: H2 in PostgreSQL mode. */
class H2LetterStoreTest extends LetterStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
