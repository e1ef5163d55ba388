package nl.openbaar.detection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.openbaar.detection.internal.KnownNames;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameSplitter;
import nl.openbaar.detection.model.KnownPerson;
import nl.openbaar.shared.InvalidInputException;

/**
 * The people of one case, so that the same person is found everywhere: names learned with confidence in
 * any document (e-mail headers, signatures, e-mail addresses, full names) and names a case handler enters
 * (the requester). Keep one register per case and pass it to every detection of that case; safe to share
 * between threads.
 */
public final class CaseRegister {

    private final Map<String, KnownPerson> people = new LinkedHashMap<>();
    private final Set<String> organisationAddresses = new LinkedHashSet<>();
    private final Map<String, List<KnownPerson>> bySurname = new java.util.HashMap<>();
    private KnownNames snapshot = KnownNames.EMPTY;
    private boolean dirty;
    /** Set when a person was replaced by a fuller name: the look-up is then rebuilt, not extended. */
    private boolean rebuild;
    private final List<KnownPerson> pendingPeople = new ArrayList<>();
    private final List<String> pendingAddresses = new ArrayList<>();

    /** Adds a person by full name as a person would type it: "Rik Dijkhuizen", "I. van den Heuvel", "Smit, Daan". */
    public KnownPerson addPerson(String fullName, String source) {
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            throw new InvalidInputException("naam", "geef een naam van hoogstens 200 tekens");
        }
        KnownPerson p = NameSplitter.split(fullName.strip(), Lexicon.standard(), source == null ? "handmatig" : source);
        if (p.surname() == null && p.firstName() == null) {
            throw new InvalidInputException("naam", "'" + fullName + "' bevat geen naam");
        }
        add(p);
        return p;
    }

    /**
     * Adds a person, merged with one already known under a compatible name: "I. van den Heuvel" and
     * "Ingrid van den Heuvel" are one person (the fuller name is kept), so both lead to the same subject.
     */
    public synchronized void add(KnownPerson p) {
        if (people.containsKey(p.key())) {
            return;
        }
        String surnameKey = p.surname() == null ? null : p.surname().toLowerCase(java.util.Locale.ROOT);
        List<KnownPerson> same = surnameKey == null ? List.of() : bySurname.getOrDefault(surnameKey, List.of());
        for (KnownPerson existing : same) {
            if (sameSurname(existing, p) && compatibleGiven(existing, p)) {
                if (existing.firstName() == null && p.firstName() != null) {
                    people.remove(existing.key());
                    bySurname.get(surnameKey).remove(existing);
                    people.put(p.key(), p);
                    bySurname.get(surnameKey).add(p);
                    dirty = true;
                    rebuild = true;
                }
                return;
            }
        }
        people.put(p.key(), p);
        if (surnameKey != null) {
            bySurname.computeIfAbsent(surnameKey, k -> new ArrayList<>()).add(p);
        }
        pendingPeople.add(p);
        dirty = true;
    }

    private static boolean sameSurname(KnownPerson a, KnownPerson b) {
        return a.surname() != null && b.surname() != null && a.surname().equalsIgnoreCase(b.surname())
                && a.interfix().equalsIgnoreCase(b.interfix());
    }

    private static boolean compatibleGiven(KnownPerson a, KnownPerson b) {
        String ga = given(a);
        String gb = given(b);
        if (ga.isEmpty() || gb.isEmpty()) {
            return ga.equals(gb);
        }
        if (a.firstName() != null && b.firstName() != null) {
            return a.firstName().equalsIgnoreCase(b.firstName());
        }
        return Character.toLowerCase(ga.charAt(0)) == Character.toLowerCase(gb.charAt(0));
    }

    private static String given(KnownPerson p) {
        return p.firstName() != null ? p.firstName() : p.initials() == null ? "" : p.initials();
    }

    public synchronized void addAll(Collection<KnownPerson> ps) {
        for (KnownPerson p : ps) {
            add(p);
        }
    }

    /** Remembers a street address as an organisation's ("Turfmarkt 147"), so it is not redacted elsewhere. */
    public synchronized void addOrganisationAddress(String streetAndNumber) {
        String a = normalisedAddress(streetAndNumber);
        if (organisationAddresses.add(a)) {
            pendingAddresses.add(a);
            dirty = true;
        }
    }

    /** Lower case, runs of white space as one space: "Turfmarkt  147" and "turfmarkt 147" are one address. */
    static String normalisedAddress(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !b.isEmpty();
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    public synchronized Set<String> organisationAddresses() {
        return Set.copyOf(organisationAddresses);
    }

    public synchronized List<KnownPerson> people() {
        return List.copyOf(people.values());
    }

    public synchronized int size() {
        return people.size();
    }

    /** The look-up detection uses; rebuilt only after the register changed. */
    synchronized KnownNames names() {
        if (dirty) {
            snapshot = rebuild ? new KnownNames(new ArrayList<>(people.values()), organisationAddresses)
                    : snapshot.plus(pendingPeople, pendingAddresses);
            pendingPeople.clear();
            pendingAddresses.clear();
            dirty = false;
            rebuild = false;
        }
        return snapshot;
    }
}
