package nl.openbaar.document.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks zip archives within the limits: number of members, unpacked size per member and in total, and the
 * compression ratio — counted on the bytes actually produced, because a zip bomb lies about its sizes.
 */
final class Archives {

    /** Receives one member's name and its bytes (to be consumed before the next member). */
    interface MemberSink {
        void accept(String name, InputStream in) throws IOException;
    }

    private Archives() {
    }

    static void unzip(Path zip, Limits limits, MemberSink sink) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            int count = 0;
            long[] total = {0};
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || isJunk(e.getName())) {
                    continue;
                }
                if (++count > limits.maxArchiveEntries()) {
                    throw new ReadingException("het archief bevat meer dan " + limits.maxArchiveEntries() + " bestanden");
                }
                try (InputStream raw = file.getInputStream(e)) {
                    sink.accept(e.getName(), new Guarded(raw, e, limits, total));
                }
            }
        } catch (ReadingException | FileStore.TooLargeException e) {
            throw e instanceof ReadingException r ? r : new ReadingException("mogelijke zipbom: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new ReadingException("beschadigd zip-archief (" + PdfLayouts.brief(e) + ")", e);
        }
    }

    /** Mac and Windows bookkeeping files that are not documents. */
    static boolean isJunk(String name) {
        String n = name.replace('\\', '/');
        String base = n.substring(n.lastIndexOf('/') + 1);
        return n.startsWith("__MACOSX/") || n.contains("/__MACOSX/") || base.equals(".DS_Store") || base.equals("Thumbs.db")
                || base.startsWith("._") || base.equals("desktop.ini");
    }

    /** Counts what a member really unpacks to and stops a bomb as soon as it shows itself. */
    static final class Guarded extends FilterInputStream {
        private final ZipEntry entry;
        private final Limits limits;
        private final long[] total;
        private long size;

        Guarded(InputStream in, ZipEntry entry, Limits limits, long[] total) {
            super(in);
            this.entry = entry;
            this.limits = limits;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            size += n;
            total[0] += n;
            long packed = Math.max(1, entry.getCompressedSize());
            if (size > 1 << 20 && size / packed > limits.maxCompressionRatio()) {
                throw new ReadingException("mogelijke zipbom: " + entry.getName() + " pakt meer dan "
                        + limits.maxCompressionRatio() + " keer zo groot uit");
            }
            if (size > limits.maxFileBytes()) {
                throw new ReadingException("mogelijke zipbom: " + entry.getName() + " pakt uit tot meer dan "
                        + Limits.humanBytes(limits.maxFileBytes()) + " (openbaar.documents.max-file-bytes)");
            }
            if (total[0] > limits.maxArchiveBytes()) {
                throw new ReadingException("mogelijke zipbom: uitgepakt groter dan " + Limits.humanBytes(limits.maxArchiveBytes()));
            }
        }
    }
}
