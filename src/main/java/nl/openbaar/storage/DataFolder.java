package nl.openbaar.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds personal data (requesters, unredacted documents, the case index), so only the account that
 * runs Openbaar may read it: the folder and every folder in it 0700, every file 0600. The launcher sets umask 077, so
 * what the database, Lucene and the file store create later is born that way; this class makes an existing folder so
 * (a folder of an earlier version, one made by hand) and is the check at every start.
 */
public final class DataFolder {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /**
     * Creates the folder if needed and closes it to others. When the folder itself was open, everything in it is
     * tightened (once, then the folder stays closed); the database folder, whose files the database creates itself, is
     * tightened every time, which costs a handful of files.
     */
    public static void secure(Path root) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: the folder inherits its ACL from where the administrator put it
        }
        try {
            Path folder = root.toAbsolutePath().normalize();
            boolean wasOpen = !Files.isDirectory(folder) || !Files.getPosixFilePermissions(folder).equals(FOLDER);
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(folder, FOLDER);
            if (wasOpen) {
                tighten(folder);
            } else if (Files.isDirectory(folder.resolve("db"))) {
                tighten(folder.resolve("db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("de datamap " + root + " kan niet worden afgeschermd: " + e.getMessage(), e);
        }
    }

    /** A private file: created 0600 whatever the umask. */
    public static void createPrivateFile(Path file, String content) throws IOException {
        Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)), content);
    }

    private static void tighten(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> wanted = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
                if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                    Files.setPosixFilePermissions(p, wanted);
                }
            }
        }
    }
}
