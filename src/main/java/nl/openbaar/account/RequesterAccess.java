package nl.openbaar.account;

import java.security.SecureRandom;
import java.time.Clock;
import nl.openbaar.account.internal.JdbcRequesterAccess;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requester's secret status code. The code is shown once (on the receipt page and in the receipt e-mail)
 * and only its bcrypt hash is stored, so a copy of the database does not open anyone's status page.
 */
@Service
public class RequesterAccess {

    /** No 0/O, 1/I/L: the code is read from paper and typed. 16 characters of 31 ≈ 79 bits. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcRequesterAccess access;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String dummy;

    public RequesterAccess(JdbcRequesterAccess access, PasswordEncoder encoder, Clock clock) {
        this.access = access;
        this.encoder = encoder;
        this.clock = clock;
        this.dummy = encoder.encode("no such case");
    }

    /** Issues a new code for the case (an older one stops working) and returns it in groups of four. */
    @Transactional
    public String issue(String kenmerk) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        access.put(kenmerk, encoder.encode(normalise(code.toString())), clock.instant());
        return code.toString();
    }

    /** True when the code opens this case's status page. Unknown cases and wrong codes look the same. */
    @Transactional(readOnly = true)
    public boolean opens(String kenmerk, String code) {
        if (kenmerk == null || code == null || code.length() > 64) {
            return false;
        }
        return access.codeHash(kenmerk.strip()).map(h -> encoder.matches(normalise(code), h)).orElseGet(() -> {
            // Spend the same time as a real check, so timing does not tell which references exist.
            encoder.matches(normalise(code), dummy);
            return false;
        });
    }

    private static String normalise(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
