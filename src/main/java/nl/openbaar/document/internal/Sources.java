package nl.openbaar.document.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns what a user hands in — folders (recursively), zip archives, mailbox exports (.mbox, Outlook .pst), single
 * files — into items, each stored in the file store. Containers are opened here; every item inside becomes a
 * document of its own. A container that breaks the limits or cannot be opened is reported as one failed item,
 * and the rest goes on.
 */
public final class Sources {

    /** Receives items and failures. */
    public interface Sink {
        /** An item in the file store, found at {@code sourcePath} within the source. */
        void item(String fileName, String sourcePath, FileStore.Stored stored);

        /** A file or container that could not be taken in, with the reason. */
        void failed(String fileName, String sourcePath, FileStore.Stored storedOrNull, String reason);
    }

    private final FileStore store;

    static {
        QuietLibraries.apply();
    }
    private final Limits limits;

    public Sources(FileStore store, Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** Walks one source given by the user; {@code prefix} is the path of items inside it ("" for a folder). */
    public void walk(Path source, Sink sink) throws IOException {
        if (Files.isDirectory(source)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(source, FileVisitOption.FOLLOW_LINKS)) {
                files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path f : files) {
                String rel = source.relativize(f).toString().replace('\\', '/');
                if (hidden(rel)) {
                    continue;
                }
                file(f, rel, sink, 0);
            }
        } else if (Files.isRegularFile(source)) {
            file(source, source.getFileName().toString(), sink, 0);
        } else {
            throw new java.nio.file.NoSuchFileException(source.toString());
        }
    }

    private void file(Path f, String path, Sink sink, int depth) {
        String name = f.getFileName().toString();
        FileStore.Stored stored;
        try {
            if (Files.size(f) > limits.maxFileBytes()) {
                // not stored (the limit protects the disk too), but listed with its hash so that it is accounted for
                sink.failed(name, path, new FileStore.Stored(FileStore.hash(f), Files.size(f), null),
                        "het bestand is groter dan de grens van " + Limits.humanBytes(limits.maxFileBytes())
                                + " (openbaar.documents.max-file-bytes); het is niet bewaard");
                return;
            }
            stored = store.put(f);
        } catch (RuntimeException | IOException e) {
            sink.failed(name, path, null, "het bestand kon niet worden gelezen (" + PdfLayouts.brief(e) + ")");
            return;
        }
        stored(name, path, stored, sink, depth);
    }

    /** An item already in the store: a container is opened, anything else passed on. */
    private void stored(String name, String path, FileStore.Stored stored, Sink sink, int depth) {
        Container kind = container(stored.path(), name);
        if (kind == Container.NONE) {
            sink.item(name, path, stored);
            return;
        }
        if (depth >= limits.maxNesting()) {
            sink.failed(name, path, stored, "archief te diep genest (meer dan " + limits.maxNesting() + " niveaus)");
            return;
        }
        try {
            switch (kind) {
                case ZIP -> Archives.unzip(stored.path(), limits, (member, in) -> {
                    String memberName = FileNames.safe(member);
                    FileStore.Stored s = store.put(in, limits.maxFileBytes());
                    stored(memberName, path + "/" + member.replace('\\', '/'), s, sink, depth + 1);
                });
                case MBOX -> mbox(stored.path(), path, sink);
                case PST -> PstReader.read(stored.path(), store, limits, (folder, n, s, subject) ->
                        sink.item(FileNames.safe(subject == null || subject.isBlank() ? "bericht-" + n : subject) + ".eml",
                                path + "/" + folder + "/" + n, s));
                default -> sink.item(name, path, stored);
            }
        } catch (ReadingException e) {
            sink.failed(name, path, stored, e.getMessage());
        } catch (RuntimeException e) {
            sink.failed(name, path, stored, "het archief kon niet worden geopend (" + PdfLayouts.brief(e) + ")");
        }
    }

    enum Container { NONE, ZIP, MBOX, PST }

    static Container container(Path file, String name) {
        String ext = FileNames.extension(name);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length >= 4 && head[0] == '!' && head[1] == 'B' && head[2] == 'D' && head[3] == 'N') {
                return Container.PST;
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                // office files are zips too: only plain archives are containers
                return ext.equals("zip") || "application/zip".equals(DocumentReader.detect(file, name)) ? Container.ZIP : Container.NONE;
            }
            if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("From ")
                    && (ext.equals("mbox") || ext.equals("mbx") || ext.isEmpty())) {
                return Container.MBOX;
            }
        } catch (IOException e) {
            return Container.NONE;
        }
        return ext.equals("mbox") ? Container.MBOX : Container.NONE;
    }

    /**
     * Splits an mbox file at its "From " separator lines, one message at a time through a temp file, unescaping
     * the ">From " quoting of the mboxrd/mboxo conventions.
     */
    private void mbox(Path file, String path, Sink sink) {
        Path dir = store.scratch();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            int n = 0;
            Path current = null;
            OutputStream out = null;
            boolean previousBlank = true;
            byte[] line;
            while ((line = readLine(in)) != null) {
                boolean separator = previousBlank && startsWith(line, "From ");
                if (separator) {
                    if (out != null) {
                        out.close();
                        emit(current, path, ++n, sink);
                    }
                    current = dir.resolve("message.eml");
                    out = new java.io.BufferedOutputStream(Files.newOutputStream(current));
                    previousBlank = false;
                    continue;
                }
                if (out == null) {
                    continue;
                }
                int start = 0;
                while (start < line.length && line[start] == '>') {
                    start++;
                }
                if (start > 0 && startsWith(line, start, "From ")) {
                    out.write(line, 1, line.length - 1);
                } else {
                    out.write(line);
                }
                previousBlank = isBlank(line);
            }
            if (out != null) {
                out.close();
                emit(current, path, ++n, sink);
            }
            if (n == 0) {
                throw new ReadingException("geen berichten gevonden in het mbox-bestand");
            }
        } catch (IOException e) {
            throw new ReadingException("het mbox-bestand kon niet worden gelezen (" + PdfLayouts.brief(e) + ")", e);
        } finally {
            OfficeConverter.deleteTree(dir);
        }
    }

    private void emit(Path message, String path, int n, Sink sink) {
        FileStore.Stored s = store.put(message);
        sink.item("bericht-" + n + ".eml", path + "/" + n, s);
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) >= 0) {
            b.write(c);
            if (c == '\n') {
                break;
            }
        }
        return b.size() == 0 && c < 0 ? null : b.toByteArray();
    }

    private static boolean startsWith(byte[] line, String prefix) {
        return startsWith(line, 0, prefix);
    }

    private static boolean startsWith(byte[] line, int at, String prefix) {
        if (line.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Hidden files and system bookkeeping in a folder are not documents. */
    static boolean hidden(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX") || part.equalsIgnoreCase("Thumbs.db") || part.equalsIgnoreCase("desktop.ini")) {
                return true;
            }
        }
        return false;
    }

    static List<String> lowerAll(List<String> in) {
        List<String> out = new ArrayList<>();
        in.forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
        return out;
    }
}
