package nl.openbaar.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's safety: a generated password (also for a database of an earlier version), loopback only. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void onlyTheSharedEmbeddedFileIsConcerned() {
        assertThat(EmbeddedDatabase.sharedFile("jdbc:h2:file:/d/db/openbaar;MODE=PostgreSQL;AUTO_SERVER=TRUE")).hasValue(Path.of("/d/db/openbaar"));
        assertThat(EmbeddedDatabase.sharedFile("jdbc:h2:/d/db/openbaar;auto_server=true")).hasValue(Path.of("/d/db/openbaar"));
        assertThat(EmbeddedDatabase.sharedFile("jdbc:h2:file:/d/db/openbaar;MODE=PostgreSQL")).isEmpty();
        assertThat(EmbeddedDatabase.sharedFile("jdbc:h2:mem:x;AUTO_SERVER=TRUE")).isEmpty();
        assertThat(EmbeddedDatabase.sharedFile("jdbc:postgresql://db:5432/openbaar")).isEmpty();
        assertThat(EmbeddedDatabase.settings("jdbc:postgresql://db:5432/openbaar", "openbaar", "")).isEmpty();
    }

    @Test
    void aNewDatabaseGetsAGeneratedPasswordThatOnlyItsOwnerCanRead() throws Exception {
        Path db = data.resolve("db").resolve("openbaar");
        String url = "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";

        String password = (String) EmbeddedDatabase.settings(url, "sa", "").get("spring.datasource.password");

        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(EmbeddedDatabase.settings(url, "sa", null)).containsEntry("spring.datasource.password", password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedDatabase.passwordFile(db)))).isEqualTo("rw-------");
        assertThat(EmbeddedDatabase.settings(url, "sa", "chosen-by-the-administrator")).as("a configured password stands").isEmpty();
        DriverManager.getConnection(url, "sa", password).close();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void aDatabaseOfAnEarlierVersionWithTheEmptyPasswordGetsTheGeneratedOne() throws Exception {
        Path db = data.resolve("db").resolve("openbaar");
        String url = "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";
        try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.execute("create table kept (id int)");
        }

        String password = EmbeddedDatabase.password(db, url, "sa");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (var c = DriverManager.getConnection(url, "sa", password); var s = c.createStatement()) {
            assertThat(s.executeQuery("select count(*) from kept").next()).isTrue();
        }
    }

    @Test
    void theDatabaseServerNeverListensBeyondThisMachine() {
        String before = System.getProperty(EmbeddedDatabase.BIND_ADDRESS);
        try {
            System.setProperty(EmbeddedDatabase.BIND_ADDRESS, "192.0.2.10");
            assertThatThrownBy(EmbeddedDatabase::keepServerOnLoopback).hasMessageContaining("loopback");
            System.setProperty(EmbeddedDatabase.BIND_ADDRESS, "::1");
            EmbeddedDatabase.keepServerOnLoopback();
            System.clearProperty(EmbeddedDatabase.BIND_ADDRESS);
            EmbeddedDatabase.keepServerOnLoopback();
            assertThat(System.getProperty(EmbeddedDatabase.BIND_ADDRESS)).isEqualTo("127.0.0.1");
        } finally {
            if (before == null) {
                System.clearProperty(EmbeddedDatabase.BIND_ADDRESS);
            } else {
                System.setProperty(EmbeddedDatabase.BIND_ADDRESS, before);
            }
        }
    }

    @Test
    void anOpenDataFolderIsClosedWithEverythingInIt() throws Exception {
        Path folder = Files.createDirectories(data.resolve("open").resolve("files").resolve("ab"));
        Path file = Files.writeString(folder.resolve("abcdef"), "Rik Dijkhuizen");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data.resolve("open"), PosixFilePermissions.fromString("rwxr-xr-x"));

        DataFolder.secure(data.resolve("open"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("open")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
