package nl.openbaar.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip-based office file (docx, xlsx, pptx, odt …) before anything parses it: no zip bomb (entries,
 * unpacked size and compression ratio within the limits, counted on the actual bytes, not the declared sizes),
 * and no XML part declaring a DTD or entities — office formats never need one, and a declaration is how the
 * billion-laughs and external-entity attacks start.
 */
final class ZipSafety {

    private ZipSafety() {
    }

    static void check(Path file, Limits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            int entries = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > limits.maxArchiveEntries()) {
                    throw new ReadingException("het bestand bevat meer dan " + limits.maxArchiveEntries() + " onderdelen");
                }
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
                long size = 0;
                byte[] head = new byte[8192];
                int headLen = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] buf = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        if (xml && headLen < head.length) {
                            int c = Math.min(n, head.length - headLen);
                            System.arraycopy(buf, 0, head, headLen, c);
                            headLen += c;
                        }
                        size += n;
                        total += n;
                        long packed = Math.max(1, e.getCompressedSize());
                        if (size > 1 << 20 && size / packed > limits.maxCompressionRatio()) {
                            throw new ReadingException("mogelijke zipbom: onderdeel " + e.getName() + " pakt meer dan "
                                    + limits.maxCompressionRatio() + " keer zo groot uit");
                        }
                        if (total > limits.maxArchiveBytes()) {
                            throw new ReadingException("mogelijke zipbom: uitgepakt groter dan " + Limits.humanBytes(limits.maxArchiveBytes()));
                        }
                    }
                }
                if (xml) {
                    // UTF-16 parts interleave zero bytes: drop them so the declaration cannot hide
                    String prolog = new String(head, 0, headLen, StandardCharsets.ISO_8859_1).replace("\0", "").toUpperCase(Locale.ROOT);
                    if (prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY")) {
                        throw new ReadingException("onderdeel " + e.getName() + " declareert XML-entiteiten (mogelijke "
                                + "billion-laughs- of XXE-aanval); het bestand wordt niet gelezen");
                    }
                }
            }
        } catch (IOException e) {
            throw new ReadingException("beschadigd bestand: het zip-archief is onleesbaar (" + PdfLayouts.brief(e) + ")", e);
        }
    }
}
