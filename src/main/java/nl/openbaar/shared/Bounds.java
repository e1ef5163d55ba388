package nl.openbaar.shared;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Checks that a value stays within its limit, with an {@link InvalidInputException} naming the field when it does not.
 * The limits themselves live with the capability that owns the field (e.g. {@code request.model.Limits}), so that the
 * web pages, the API and the CLI all refuse the same input with the same words before anything reaches the database.
 */
public final class Bounds {

    /**
     * The days any date in a case may fall on. Archives reach back centuries, but not to the year −999999999: a date
     * outside this range is a typing error (or an attack on date arithmetic) and is refused rather than computed with.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Bounds() {
    }

    /** The text itself (null stays null) when it has at most {@code max} characters. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "hoogstens " + DutchNumbers.of(max) + " tekens (nu "
                    + DutchNumbers.of(value.length()) + ")");
        }
        return value;
    }

    /** The date itself (null stays null) when it lies between {@link #EARLIEST} and {@link #LATEST}. */
    public static LocalDate date(String field, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new InvalidInputException(field, "kies een datum tussen " + EARLIEST.getYear() + " en " + LATEST.getYear());
        }
        return value;
    }

    /** The collection itself (null stays null) when it holds at most {@code max} elements. */
    public static <C extends Collection<?>> C count(String field, C values, int max) {
        if (values != null && values.size() > max) {
            throw new InvalidInputException(field, "hoogstens " + DutchNumbers.of(max) + " (nu " + DutchNumbers.of(values.size()) + ")");
        }
        return values;
    }

    /** Numbers as Dutch readers write them: 2.000, 150.000. */
    private static final class DutchNumbers {
        static String of(long n) {
            return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
        }
    }
}
