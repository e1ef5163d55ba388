package nl.openbaar.redaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.openbaar.redaction.model.PageBox;

/**
 * The identity of a detection proposal within its document: the areas it covers, each on a 0.1-point grid, in page
 * and reading order, hashed. Not the recognizer, the subject, the ground or the category: those may differ from run
 * to run for the same box (the case register learns a name from a later document; a reviewer changes the ground),
 * and the same box proposed twice is still one redaction. Detection is deterministic on the same pages, so the same
 * finding always gives the same key.
 */
public final class ProposalKey {

    private static final Comparator<PageBox> READING_ORDER = Comparator.comparingInt(PageBox::page)
            .thenComparingLong(a -> grid(a.box().y())).thenComparingLong(a -> grid(a.box().x()))
            .thenComparingLong(a -> grid(a.box().width())).thenComparingLong(a -> grid(a.box().height()));

    private ProposalKey() {
    }

    public static String of(List<PageBox> areas) {
        StringBuilder canonical = new StringBuilder("v1");
        for (PageBox a : areas.stream().sorted(READING_ORDER).toList()) {
            canonical.append(String.format(Locale.ROOT, "|%d:%d,%d,%d,%d", a.page(), grid(a.box().x()), grid(a.box().y()),
                    grid(a.box().width()), grid(a.box().height())));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static long grid(double v) {
        return Math.round(v * 10);
    }
}
