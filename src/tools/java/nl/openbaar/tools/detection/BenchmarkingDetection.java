package nl.openbaar.tools.detection;

import nl.openbaar.detection.TextPages;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.DetectingPersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.layout.PageLayout;

/**
 * Measures detection speed on generated Woo-style pages (e-mails with headers, signatures, disclaimers,
 * memo paragraphs; about 3,000 characters each, a full A4 page), single-threaded, after a warm-up.
 */
public final class BenchmarkingDetection {

    /**
     * @param pages       pages measured
     * @param characters  total characters on them
     * @param findings    findings produced
     * @param seconds     wall time of the measured run (one thread)
     * @param pagesPerSecond pages per second on one core
     * @param loadSeconds time to load the word lists (first use in a JVM)
     * @param cpuSeconds  CPU time the measuring thread used: on a busy machine the honest "per core" figure
     * @param pagesPerCpuSecond pages per CPU second of that thread
     * @param processCpuSeconds CPU time of the whole JVM in the run (garbage collection and JIT included)
     * @param pagesPerProcessCpuSecond pages per CPU second of the whole JVM: the figure to compare per core
     */
    public record Result(int pages, long characters, int findings, double seconds, double pagesPerSecond,
            double charactersPerSecond, double loadSeconds, double cpuSeconds, double pagesPerCpuSecond,
            double processCpuSeconds, double pagesPerProcessCpuSecond, boolean nameModel) {

        /** MB (10^6 characters) of text per CPU second of the measuring thread: the per-core throughput. */
        public double megabytesPerCpuSecond() {
            return cpuSeconds > 0 ? characters / cpuSeconds / 1e6 : 0;
        }

        /** MB of text per CPU second of the whole JVM (garbage collection and JIT included). */
        public double megabytesPerProcessCpuSecond() {
            return processCpuSeconds > 0 ? characters / processCpuSeconds / 1e6 : 0;
        }
    }

    private static final String[] FIRST = {"Lotte", "Daan", "Ingrid", "Pieter", "Emre", "Sanne", "Mohamed", "Anneke",
        "Joost", "Willemijn", "Hanneke", "Bas", "Fatima", "Tim", "Emma", "Sven", "Noor", "Ahmed", "Marieke", "Koen"};
    private static final String[] SUR = {"Verbeek", "Smit", "van den Heuvel", "Jansen", "Yilmaz", "Bakker", "Ouali",
        "de Vries", "van 't Hek", "Hoekstra", "Kramer", "Dijkstra", "Bouzid", "Groen", "Lindqvist", "el Amrani",
        "Visser", "de Boer", "Mulder", "van Dijk"};
    private static final String[] PARAGRAPHS = {
        "Naar aanleiding van de berichtgeving is nagegaan of onderdelen van het ministerie gebruikmaken van "
            + "gezichtsherkenningssoftware. Uit de inventarisatie blijkt dat er geen contracten zijn afgesloten en dat "
            + "er geen proefaccounts bij de leverancier bekend zijn.",
        "Bij de Rijksdienst voor Identiteitsgegevens wordt biometrie uitsluitend gebruikt voor reisdocumenten. De "
            + "Autoriteit Persoonsgegevens is op de hoogte gesteld van de vragen die hierover zijn gesteld.",
        "Staatssecretaris Knops krijgt er waarschijnlijk vragen over in het commissiedebat van volgende week. Graag "
            + "ontvang ik voor vrijdag 12.00 uur een eerste concept van de beantwoording, inclusief de feiten over de "
            + "periode van 1 januari 2017 tot heden.",
        "Volgens mij moeten we eerst juridisch laten toetsen of de verwerking rechtmatig is geweest. Het lijkt me "
            + "verstandig om de directie Wetgeving hierbij te betrekken voordat we een lijn kiezen.",
        "De kosten van het onderzoek bedragen naar schatting 45.000 euro (kenmerk 2020-0001234). De planning is dat "
            + "het rapport op 15 april 2020 aan de Tweede Kamer wordt gezonden, samen met de reactie van het kabinet.",
    };
    private static final String DISCLAIMER = "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u "
            + "niet de geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de "
            + "afzender te melden en het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, "
            + "van welke aard ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.";

    /** Generated pages, the same for the same seed. */
    public static List<PageLayout> generate(int count, long seed) {
        Random r = new Random(seed);
        List<PageLayout> pages = new ArrayList<>(count);
        for (int p = 1; p <= count; p++) {
            pages.add(TextPages.page(p, page(r)));
        }
        return pages;
    }

    private static String page(Random r) {
        StringBuilder s = new StringBuilder(3200);
        String f1 = FIRST[r.nextInt(FIRST.length)];
        String s1 = SUR[r.nextInt(SUR.length)];
        String f2 = FIRST[r.nextInt(FIRST.length)];
        String s2 = SUR[r.nextInt(SUR.length)];
        String mail1 = (f1 + "." + s1.replace(" ", "").replace("'", "")).toLowerCase();
        String mail2 = (f2 + "." + s2.replace(" ", "").replace("'", "")).toLowerCase();
        s.append("Van: ").append(surnameFirst(f1, s1)).append(" <").append(mail1).append("@minbzk.nl>\n");
        s.append("Aan: ").append(surnameFirst(f2, s2)).append(" <").append(mail2).append("@minjenv.nl>; Postbus Woo <woo@minbzk.nl>\n");
        s.append("Onderwerp: RE: Kamervragen gezichtsherkenning\n");
        s.append("Verzonden: donderdag ").append(1 + r.nextInt(28)).append(" maart 2020 ").append(8 + r.nextInt(9)).append(":")
                .append(10 + r.nextInt(50)).append("\n\n");
        s.append("Beste ").append(f2).append(",\n\n");
        while (s.length() < 2300) {
            s.append(PARAGRAPHS[r.nextInt(PARAGRAPHS.length)]).append(' ');
            if (r.nextInt(3) == 0) {
                s.append("Kun jij navragen bij ").append(FIRST[r.nextInt(FIRST.length)]).append(' ')
                        .append(SUR[r.nextInt(SUR.length)]).append(" (tel. 070 ").append(100 + r.nextInt(900)).append(' ')
                        .append(1000 + r.nextInt(9000)).append(")? ");
            }
            s.append("\n\n");
        }
        s.append("Met vriendelijke groet,\n\n").append(f1).append(' ').append(s1).append('\n')
                .append("Beleidsmedewerker informatiebeleid\nDirectie Digitale Overheid\n")
                .append("T 06 - ").append(10 + r.nextInt(89)).append(' ').append(10 + r.nextInt(89)).append(' ')
                .append(10 + r.nextInt(89)).append(' ').append(10 + r.nextInt(89)).append('\n')
                .append("E ").append(mail1).append("@minbzk.nl\n\n").append(DISCLAIMER).append('\n');
        return s.toString();
    }

    private static String surnameFirst(String first, String sur) {
        int sp = sur.lastIndexOf(' ');
        return sp < 0 ? sur + ", " + first : sur.substring(sp + 1) + ", " + first + " " + sur.substring(0, sp);
    }

    /** Runs detection over the pages in documents of {@code pagesPerDocument}, one case register for all. */
    public static Result run(int pageCount, int pagesPerDocument) {
        return run(pageCount, pagesPerDocument, false);
    }

    /** @param rulesOnly without the statistical name tagger, to see what it costs */
    public static Result run(int pageCount, int pagesPerDocument, boolean rulesOnly) {
        long l0 = System.nanoTime();
        DetectingPersonalData detection = rulesOnly ? DetectingPersonalData.rulesOnly() : DetectingPersonalData.standard();
        detection.detect(List.of(TextPages.page(1, "Laden.")), DetectionSettings.of(Regime.WOO));
        double load = (System.nanoTime() - l0) / 1e9;
        List<PageLayout> pages = generate(pageCount, 42);
        // warm-up: let the JIT compile the hot paths
        DetectionSettings warm = DetectionSettings.of(Regime.WOO);
        for (int k = 0; k < Math.min(pages.size(), 2000); k += pagesPerDocument) {
            detection.detect(pages.subList(k, Math.min(pages.size(), k + pagesPerDocument)), warm);
        }
        long chars = pages.stream().mapToLong(p -> p.text().length()).sum();
        DetectionSettings settings = DetectionSettings.of(Regime.WOO);
        int findings = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long p0 = processCpu();
        long t0 = System.nanoTime();
        for (int k = 0; k < pages.size(); k += pagesPerDocument) {
            DetectionResult r = detection.detect(pages.subList(k, Math.min(pages.size(), k + pagesPerDocument)), settings);
            findings += r.findings().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double process = (processCpu() - p0) / 1e9;
        return new Result(pages.size(), chars, findings, seconds, pages.size() / seconds, chars / seconds, load, cpu,
                cpu > 0 ? pages.size() / cpu : 0, process, process > 0 ? pages.size() / process : 0, detection.hasNameModel());
    }

    private static long processCpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
