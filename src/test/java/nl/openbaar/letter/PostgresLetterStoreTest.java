package nl.openbaar.letter;

import javax.sql.DataSource;
import nl.openbaar.testing.TestDatabases;

/** Letters and inventory on a real PostgreSQL server (embedded, PostgreSQL 18). */
class PostgresLetterStoreTest extends LetterStoreContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
