package nl.openbaar.letter.compose;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.openbaar.shared.DutchDates;

/** Dutch phrasing of numbers, dates and lists as letters write them. */
public final class Words {

    private static final String[] NUMBERS = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
        "tien", "elf", "twaalf"};

    private Words() {
    }

    /** "vier" for 4; digits from 13 on. */
    public static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    /** "a, b en c". */
    public static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }

    /** "1 document", "89 documenten". */
    public static String documents(int n) {
        return n + (n == 1 ? " document" : " documenten");
    }

    /**
     * Dates as a letter lists them: "13, 23, 25 en 26 augustus 2021", "30 juli en 2 augustus 2021",
     * "30 december 2020 en 4 januari 2021".
     */
    public static String dates(List<LocalDate> dates) {
        TreeSet<LocalDate> sorted = new TreeSet<>(dates);
        Map<YearMonth, List<Integer>> byMonth = new LinkedHashMap<>();
        for (LocalDate d : sorted) {
            byMonth.computeIfAbsent(YearMonth.from(d), k -> new ArrayList<>()).add(d.getDayOfMonth());
        }
        List<YearMonth> months = new ArrayList<>(byMonth.keySet());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            List<Integer> days = byMonth.get(m);
            boolean yearFollows = i + 1 < months.size() && months.get(i + 1).getYear() == m.getYear();
            String monthName = DutchDates.long_(m.atDay(1)).replaceFirst("^1 ", "");
            if (yearFollows) {
                monthName = monthName.substring(0, monthName.lastIndexOf(' '));
            }
            for (int j = 0; j < days.size(); j++) {
                parts.add(j == days.size() - 1 ? days.get(j) + " " + monthName : Integer.toString(days.get(j)));
            }
        }
        return join(parts);
    }

    /** Inventory numbers with runs shortened: "3, 5 tot en met 9 en 12". */
    public static String numbers(List<Integer> numbers) {
        TreeSet<Integer> sorted = new TreeSet<>(numbers);
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (Integer n : sorted) {
            if (start == null) {
                start = n;
            } else if (n != prev + 1) {
                addRun(parts, start, prev);
                start = n;
            }
            prev = n;
        }
        if (start != null) {
            addRun(parts, start, prev);
        }
        return join(parts);
    }

    /** A run of three or more is "5 tot en met 9"; a pair stays two items, so the list reads "3, 4, 6 en 7". */
    private static void addRun(List<String> parts, int from, int to) {
        if (from == to) {
            parts.add(Integer.toString(from));
        } else if (to == from + 1) {
            parts.add(Integer.toString(from));
            parts.add(Integer.toString(to));
        } else {
            parts.add(from + " tot en met " + to);
        }
    }
}
