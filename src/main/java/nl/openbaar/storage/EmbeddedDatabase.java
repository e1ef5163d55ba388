package nl.openbaar.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded H2 database in automatic mixed mode (AUTO_SERVER): the first process that opens the file serves it to
 * the others (the server, a worker, CLI commands) over TCP. That server is safe by default: it listens on loopback
 * only (H2's {@code h2.bindAddress}; another address is refused), and the database has a password generated on first
 * use and kept beside it, readable by the data folder's owner alone — every process on the data folder reads it there.
 * A database made by an earlier version with the empty password gets the generated one.
 */
public final class EmbeddedDatabase {

    /** H2 reads this system property once, when it first starts a server or connects. */
    static final String BIND_ADDRESS = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

    private EmbeddedDatabase() {
    }

    /** The database file of an embedded H2 URL that serves other processes (AUTO_SERVER=TRUE); empty otherwise. */
    public static Optional<Path> sharedFile(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = url.substring(8);
        String[] parts = rest.split(";");
        boolean autoServer = false;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("AUTO_SERVER") && kv[1].strip().equalsIgnoreCase("TRUE")) {
                autoServer = true;
            }
        }
        String path = parts[0];
        if (path.regionMatches(true, 0, "file:", 0, 5)) {
            path = path.substring(5);
        } else if (path.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        return autoServer ? Optional.of(Path.of(path)) : Optional.empty();
    }

    /** Makes H2's server listen on loopback alone; refuses an address that is not loopback. */
    public static void keepServerOnLoopback() {
        String configured = System.getProperty(BIND_ADDRESS);
        if (configured == null || configured.isBlank()) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
            return;
        }
        try {
            if (!InetAddress.getByName(configured.strip()).isLoopbackAddress()) {
                throw new IllegalStateException(BIND_ADDRESS + "=" + configured + " is geen loopback-adres: de ingebouwde databaseserver"
                        + " luistert alleen op deze machine (127.0.0.1); gebruik PostgreSQL voor een database op het netwerk");
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(BIND_ADDRESS + "=" + configured + " is onbekend", e);
        }
    }

    /**
     * The password of the shared database file: the one kept beside it ({@code openbaar.password}, 0600), or a new
     * one. A database that already exists without that file was made with the empty password; it is given the new one.
     */
    public static String password(Path database, String url, String user) {
        Path file = passwordFile(database);
        if (Files.exists(file)) {
            return read(file);
        }
        String generated = generate();
        try {
            Files.createDirectories(file.getParent(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(DataFolder.FOLDER));
            DataFolder.createPrivateFile(file, generated + "\n");
        } catch (FileAlreadyExistsException another) {
            return read(file); // another process on the same data folder was first
        } catch (IOException e) {
            throw new UncheckedIOException("het databasewachtwoord kan niet worden bewaard in " + file + ": " + e.getMessage(), e);
        }
        if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
            giveExistingDatabase(url, user, generated, file);
        }
        return generated;
    }

    public static Path passwordFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".password");
    }

    /** The settings to add for a shared embedded database whose password is not configured. */
    public static Map<String, Object> settings(String url, String user, String configuredPassword) {
        Optional<Path> file = sharedFile(url);
        if (file.isEmpty()) {
            return Map.of();
        }
        keepServerOnLoopback();
        if (configuredPassword != null && !configuredPassword.isEmpty()) {
            return Map.of();
        }
        return Map.of("spring.datasource.password", password(file.get(), url, user == null || user.isBlank() ? "sa" : user));
    }

    private static void giveExistingDatabase(String url, String user, String password, Path file) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + "\" SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the message below says what to do
            }
            throw new IllegalStateException("de bestaande database opent niet met een leeg wachtwoord; geef het wachtwoord op met"
                    + " SPRING_DATASOURCE_PASSWORD (" + e.getMessage() + ")", e);
        }
    }

    private static String read(Path file) {
        try {
            for (int i = 0; i < 50; i++) {
                String s = Files.readString(file).strip();
                if (!s.isEmpty()) {
                    return s;
                }
                Thread.sleep(20); // written by another process this very moment
            }
            throw new IllegalStateException(file + " is leeg; verwijder het als de database nog geen wachtwoord heeft");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
