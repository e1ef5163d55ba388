package nl.openbaar.detection.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.openbaar.detection.model.KnownPerson;

/**
 * An immutable look-up of the case register's people by single name token: "Daan" and "Smit" both lead to
 * "daan smit". Built once per detection run from the register, so page scans never lock.
 */
public final class KnownNames {

    public static final int FIRST = 1;
    public static final int SURNAME = 2;
    /** A surname core that the person carries with an interfix ("Heuvel" of "van den Heuvel"). */
    public static final int INTERFIXED = 4;

    public static final KnownNames EMPTY = new KnownNames(java.util.List.of(), java.util.List.of());

    private final TermTable table;
    private final java.util.Set<String> organisationAddresses;
    private final Map<Long, String> subjects = new HashMap<>();
    private static final String AMBIGUOUS = "";

    public KnownNames(Collection<KnownPerson> people, Collection<String> organisationAddresses) {
        this.organisationAddresses = java.util.Set.copyOf(organisationAddresses);
        table = new TermTable(Math.max(16, people.size() * 3));
        for (KnownPerson p : people) {
            String key = p.key();
            if (p.firstName() != null && p.firstName().length() >= 2) {
                for (String part : p.firstName().split("[ -]")) {
                    if (part.length() >= 2) {
                        put(part, FIRST, key);
                    }
                }
            }
            if (p.surname() != null && p.surname().length() >= 2) {
                boolean interfixed = p.interfix() != null && !p.interfix().isBlank();
                put(p.surname(), SURNAME | (interfixed ? INTERFIXED : 0), key);
                if (p.surname().contains("-")) {
                    for (String part : p.surname().split("-")) {
                        if (part.length() >= 3) {
                            put(part, SURNAME, key);
                        }
                    }
                }
            }
        }
    }

    private void put(String word, int flag, String key) {
        long h = TermTable.hash(word);
        table.addHash(h, flag);
        subjects.merge(h, key, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    public int flags(CharSequence text, int start, int end) {
        return table.get(text, start, end);
    }

    /** The one known person carrying this name token, or null when none or several do. */
    public String subject(CharSequence text, int start, int end) {
        String s = subjects.get(TermTable.hash(text, start, end));
        return s == null || s.isEmpty() ? null : s;
    }

    /** A street address seen in this case as an organisation's ("turfmarkt 147"): not personal. */
    public boolean isOrganisationAddress(String normalised) {
        return organisationAddresses.contains(normalised);
    }

    public boolean isEmpty() {
        return table.size() == 0;
    }
}
