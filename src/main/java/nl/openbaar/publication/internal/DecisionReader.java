package nl.openbaar.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.publication.model.ImportMetadata;

/**
 * Reads what the portal needs from a decision letter's text: the body in the letterhead, "Datum", "Onderwerp",
 * "Ons kenmerk", the date the request was received, the regime (Wob or Woo) and what was decided. Letters put a
 * label's value on the same line or on the next; both are read. What is not found stays null: a person fills it in.
 */
public final class DecisionReader {

    private static final Pattern ISSUER = Pattern.compile("(?iu)^\\s*((?:ministerie van|gemeente|provincie|waterschap|hoogheemraadschap"
            + "|autoriteit|college van)\\b.{2,80}?|rijkswaterstaat)\\s*$");
    private static final Pattern SUBJECT_PREFIX = Pattern.compile("(?iu)^(?:besluit op\\s+)?(?:uw|het|een)?\\s*(?:wob|woo)[- ]?verzoek"
            + "(?:en)?\\s*(?:inzake|over|betreffende|aangaande|met betrekking tot|m\\.b\\.t\\.|naar|om informatie over|om)?\\s*[:,-]?\\s*");
    private static final Pattern RECEIVED = Pattern.compile("(?iu)ontvangen\\s+(?:op|d\\.d\\.)\\s+(" + dateText() + ")"
            + "|op\\s+(" + dateText() + ")\\s+heb(?:ben)?\\s+(?:ik|wij)\\s+uw\\s+(?:\\S+\\s+){0,2}ontvangen");
    private static final Pattern KENMERK = Pattern.compile("^[\\p{L}\\d][\\p{L}\\d/._ -]{1,40}$");

    private DecisionReader() {
    }

    private static String dateText() {
        return "\\d{1,2}\\s+\\p{L}{3,9}\\s+(?:19|20)\\d{2}|\\d{1,2}-\\d{1,2}-(?:19|20)\\d{2}";
    }

    public static ImportMetadata read(List<String> pages) {
        String text = String.join("\n", pages);
        List<String> lines = BundleSplitter.lines(pages.isEmpty() ? "" : pages.getFirst());
        String organisation = null;
        for (String l : lines.subList(0, Math.min(15, lines.size()))) {
            Matcher m = ISSUER.matcher(l);
            if (m.matches()) {
                organisation = m.group(1).strip();
                break;
            }
        }
        String dateValue = labelled(lines, "datum");
        LocalDate date = dateValue == null ? null : DateInText.first(dateValue);
        String subjectValue = labelled(lines, "onderwerp");
        String subject = subjectValue == null ? null : SUBJECT_PREFIX.matcher(subjectValue).replaceFirst("").strip();
        if (subject != null && subject.isEmpty()) {
            subject = null;
        }
        String kenmerk = labelled(lines, "ons kenmerk");
        if (kenmerk != null && !KENMERK.matcher(kenmerk).matches()) {
            kenmerk = null;
        }
        LocalDate received = null;
        Matcher r = RECEIVED.matcher(text.replaceAll("\\s+", " "));
        if (r.find()) {
            received = DateInText.first(r.group(1) != null ? r.group(1) : r.group(2));
        }
        return new ImportMetadata(subject, organisation, kenmerk, date, received, regime(text), kind(text), null);
    }

    /** The value after a label at the start of a line ("Datum 28 oktober 2021"), or on the next line. */
    private static String labelled(List<String> lines, String label) {
        Pattern p = Pattern.compile("(?iu)^" + Pattern.quote(label) + "\\b\\s*:?\\s*(.*)$");
        for (int i = 0; i < Math.min(60, lines.size()); i++) {
            Matcher m = p.matcher(lines.get(i));
            if (m.matches()) {
                String v = m.group(1).strip();
                if (!v.isEmpty()) {
                    return v;
                }
                return i + 1 < lines.size() ? lines.get(i + 1).strip() : null;
            }
        }
        return null;
    }

    private static String regime(String text) {
        int wob = count(text, "(?i)\\bwob\\b|wet openbaarheid van bestuur");
        int woo = count(text, "(?i)\\bwoo\\b|wet open overheid");
        if (wob == 0 && woo == 0) {
            return null;
        }
        return wob > woo ? "wob" : "woo";
    }

    private static String kind(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.matches("(?s).*\\bgeen (?:documenten|stukken) (?:zijn )?(?:aangetroffen|gevonden).*")) {
            return "geen documenten aangetroffen";
        }
        if (t.matches("(?s).*besloten\\s+(?:om\\s+)?(?:uw verzoek\\s+)?(?:deels|gedeeltelijk).*")
                || t.matches("(?s).*(?:deels|gedeeltelijk) (?:aan uw verzoek )?tegemoet.*")) {
            return "gedeeltelijke openbaarmaking";
        }
        if (t.matches("(?s).*besloten\\s+(?:om\\s+)?(?:de (?:gevraagde )?(?:informatie|documenten)\\s+)?niet openbaar.*")) {
            return "geen openbaarmaking";
        }
        if (t.matches("(?s).*besloten\\s+.{0,80}openbaar te maken.*")) {
            return "openbaarmaking";
        }
        return null;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
