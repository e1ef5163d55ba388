package nl.openbaar.publication;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Ids for public URLs: 128 random bits, so that an unpublished or withdrawn item cannot be found by counting
 * or guessing, and a published one reveals nothing about how many others exist.
 */
final class PublicIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    static String next() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static boolean wellFormed(String id) {
        return id != null && id.matches("[0-9a-f]{32}");
    }
}
