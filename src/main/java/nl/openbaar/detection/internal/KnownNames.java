package nl.openbaar.detection.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.detection.model.KnownPerson;

/**
 * An immutable look-up of what the case register knows: its people by single name token ("Daan" and "Smit"
 * both lead to "daan smit") and the organisations' street addresses. Page scans read it without locking; the
 * register makes a new one when it learns something, by copying and adding rather than rebuilding.
 */
public final class KnownNames {

    public static final int FIRST = 1;
    public static final int SURNAME = 2;
    /** A surname core that the person carries with an interfix ("Heuvel" of "van den Heuvel"). */
    public static final int INTERFIXED = 4;

    public static final KnownNames EMPTY = new KnownNames(List.of(), List.of());

    private static final String AMBIGUOUS = "";

    private final TermTable table;
    private final Map<Long, String> subjects;
    private final Set<String> organisationAddresses;
    /** Subjects of people the case knows in a private role (the requester). */
    private final Set<String> privatePeople;

    public KnownNames(Collection<KnownPerson> people, Collection<String> organisationAddresses) {
        this.table = new TermTable(Math.max(16, people.size() * 3));
        this.subjects = new HashMap<>();
        this.organisationAddresses = new HashSet<>(organisationAddresses);
        this.privatePeople = new HashSet<>();
        for (KnownPerson p : people) {
            put(p);
        }
    }

    private KnownNames(KnownNames base, Collection<KnownPerson> people, Collection<String> organisationAddresses) {
        this.table = base.table.copy();
        this.subjects = new HashMap<>(base.subjects);
        this.organisationAddresses = new HashSet<>(base.organisationAddresses);
        this.organisationAddresses.addAll(organisationAddresses);
        this.privatePeople = new HashSet<>(base.privatePeople);
        for (KnownPerson p : people) {
            put(p);
        }
    }

    /** This plus more people and addresses; the receiver is unchanged. */
    public KnownNames plus(Collection<KnownPerson> people, Collection<String> addresses) {
        return new KnownNames(this, people, addresses);
    }

    private void put(KnownPerson p) {
        String key = p.key();
        if ("verzoeker".equals(p.source())) {
            privatePeople.add("person:" + key);
        }
        if (p.firstName() != null) {
            for (String part : parts(p.firstName(), true)) {
                if (part.length() >= 2) {
                    put(part, FIRST, key);
                }
            }
        }
        if (p.surname() != null && p.surname().length() >= 2) {
            boolean interfixed = p.interfix() != null && !p.interfix().isBlank();
            put(p.surname(), SURNAME | (interfixed ? INTERFIXED : 0), key);
            if (p.surname().indexOf('-') > 0) {
                for (String part : parts(p.surname(), false)) {
                    if (part.length() >= 3) {
                        put(part, SURNAME, key);
                    }
                }
            }
        }
    }

    /** Split at '-' (and at spaces when asked): "Jan-Willem" → Jan, Willem. No regex: this runs per person. */
    private static List<String> parts(String s, boolean spaces) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(2);
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '-' || spaces && s.charAt(i) == ' ') {
                if (i > from) {
                    out.add(s.substring(from, i));
                }
                from = i + 1;
            }
        }
        return out;
    }

    private void put(String word, int flag, String key) {
        long h = TermTable.hash(word);
        table.addHash(h, flag);
        subjects.merge(h, key, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    public int flags(CharSequence text, int start, int end) {
        return table.size() == 0 ? 0 : table.get(text, start, end);
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

    /** True for the subject ("person:…") of someone the case knows in a private role, such as the requester. */
    public boolean knownInPrivateRole(String subject) {
        return subject != null && privatePeople.contains(subject);
    }

    public boolean isEmpty() {
        return table.size() == 0;
    }
}
