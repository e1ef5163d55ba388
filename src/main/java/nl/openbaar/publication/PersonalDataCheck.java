package nl.openbaar.publication;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.openbaar.request.model.Verzoeker;

/**
 * A last, independent check before anything is prepared for the portal: the requester's own name, e-mail
 * address, phone number and address must not appear in any published text, file name or metadata. The
 * verification gate checks the redactions; this catches the mistake it cannot know about, such as a
 * decision letter that was not the anonymised version.
 */
final class PersonalDataCheck {

    private final List<String> needles = new ArrayList<>();

    PersonalDataCheck(Verzoeker requester) {
        add(requester.name());
        add(requester.email());
        if (requester.email() != null && requester.email().contains("@")) {
            add(requester.email().substring(0, requester.email().indexOf('@')) + "@");
        }
        if (requester.phone() != null) {
            String digits = requester.phone().replaceAll("\\D", "");
            if (digits.length() >= 8) {
                needles.add(digits.substring(digits.length() - 8));
            }
        }
        if (requester.address() != null) {
            // The street line: a postcode alone could be shared by many and is checked as part of it.
            add(requester.address().split("[,\\n]")[0]);
        }
    }

    private void add(String s) {
        if (s != null && s.strip().length() >= 4) {
            needles.add(normalise(s));
        }
    }

    /** What of the requester's data occurs in the text ("naam", "e-mailadres" …), as the needles matched. */
    List<String> found(String text) {
        String hay = normalise(text);
        String digits = text.replaceAll("\\D", "");
        List<String> hits = new ArrayList<>();
        for (String n : needles) {
            boolean numeric = n.matches("\\d+");
            if (numeric ? digits.contains(n) && hay.replaceAll("[\\s.()-]", "").contains(n) : hay.contains(n)) {
                hits.add(n);
            }
        }
        return hits;
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s+", " ").strip();
    }
}
