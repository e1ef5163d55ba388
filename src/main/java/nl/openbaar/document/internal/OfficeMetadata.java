package nl.openbaar.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Title and creation date from an Office Open XML (docProps/core.xml) or OpenDocument (meta.xml) file, read
 * with a regular expression from at most 64 KB: no XML parser is pointed at a file that has not been
 * checked yet.
 */
final class OfficeMetadata {

    record Meta(String title, LocalDate created) {
    }

    private static final Pattern TITLE = Pattern.compile("<dc:title>([^<]{1,1000})</dc:title>");
    private static final Pattern CREATED = Pattern.compile("<(?:dcterms:created|meta:creation-date)[^>]*>([^<]{4,40})<");

    private OfficeMetadata() {
    }

    static Meta read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("docProps/core.xml");
            if (e == null) {
                e = zip.getEntry("meta.xml");
            }
            if (e == null) {
                return new Meta(null, null);
            }
            String xml;
            try (InputStream in = zip.getInputStream(e)) {
                xml = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            Matcher t = TITLE.matcher(xml);
            Matcher c = CREATED.matcher(xml);
            String title = t.find() ? unescape(t.group(1)).strip() : null;
            LocalDate created = null;
            if (c.find()) {
                String v = c.group(1).strip();
                try {
                    created = OffsetDateTime.parse(v).atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate();
                } catch (RuntimeException ex) {
                    try {
                        created = LocalDate.parse(v.substring(0, 10));
                    } catch (RuntimeException ignored) {
                        created = null;
                    }
                }
            }
            return new Meta(title == null || title.isEmpty() ? null : title, created);
        } catch (IOException | RuntimeException e) {
            return new Meta(null, null);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
