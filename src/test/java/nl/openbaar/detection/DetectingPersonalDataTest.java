package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.tools.detection.LabelledDocument;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.PageRange;
import nl.openbaar.shared.layout.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Detection on the sample case (invented people; the public office holder is real). */
class DetectingPersonalDataTest {

    static Map<String, DetectionResult> wob;
    static Map<String, List<PageLayout>> pages;

    @BeforeAll
    static void detectTheCase() {
        pages = SampleCase.clearviewCase();
        wob = DetectingPersonalData.standard().detectCase(pages, DetectionSettings.of(Regime.WOB));
    }

    static List<Finding> redacted() {
        List<Finding> all = new ArrayList<>();
        wob.values().forEach(r -> all.addAll(r.toRedact()));
        return all;
    }

    static List<String> redactedTexts(Category c) {
        return redacted().stream().filter(f -> f.category() == c).map(Finding::text).toList();
    }

    @Test
    void everyLabelledPersonalDatumOfTheSampleIsProposedForRedaction() {
        for (String file : SampleCase.FILES.subList(0, 5)) {
            LabelledDocument doc = SampleCase.labelled(file);
            List<Finding> found = wob.get(file).toRedact();
            for (LabelledDocument.Gold g : doc.gold()) {
                if (g.isPublic() || g.label().equals("OPINION")) {
                    continue;
                }
                boolean covered = found.stream().anyMatch(f -> f.ranges().stream().anyMatch(r -> r.page() == g.page()
                        && r.start() <= firstLetter(g) && r.end() >= lastLetter(g)));
                assertThat(covered).as("%s: %s '%s' is redacted", file, g.label(), g.text()).isTrue();
            }
        }
    }

    private static int firstLetter(LabelledDocument.Gold g) {
        int i = 0;
        while (!Character.isLetterOrDigit(g.text().charAt(i))) {
            i++;
        }
        return g.start() + i;
    }

    private static int lastLetter(LabelledDocument.Gold g) {
        int i = g.text().length();
        while (!Character.isLetterOrDigit(g.text().charAt(i - 1))) {
            i--;
        }
        return g.start() + i;
    }

    @Test
    void namesPhonesBsnAndAddressesCarryTheirCategoryAndWobGround() {
        assertThat(redactedTexts(Category.PERSON_NAME)).contains("Lotte Verbeek", "Ingrid van den Heuvel", "Daan",
                "I. van den Heuvel", "M. el Amrani", "Fatima Bouzid", "R. Dijkhuizen", "Verbeek, Lotte");
        assertThat(redactedTexts(Category.PHONE_NUMBER)).contains("070 426 7788", "06 - 23 45 67 81",
                "+31 (0)6 87 65 43 21", "070-4266000", "06-11223344", "06-98765432");
        assertThat(redactedTexts(Category.BSN)).containsExactly("999999990");
        assertThat(redactedTexts(Category.STREET_ADDRESS)).contains("Kerkstraat 8", "Oudegracht 233");
        assertThat(redactedTexts(Category.POSTCODE)).contains("1017 GM", "3511 NK").doesNotContain("2500 EA");
        for (Finding f : redacted()) {
            String expected = f.category() == Category.BSN ? "10.1.d"
                    : f.category() == Category.GROUP_MAILBOX ? "10.2.g" : "10.2.e";
            assertThat(f.ground()).as(f.category() + " " + f.text()).isEqualTo(expected);
        }
    }

    @Test
    void onlyTheLocalPartOfAnEmailAddressIsRedacted() {
        assertThat(redactedTexts(Category.EMAIL_LOCAL_PART)).contains("lotte.verbeek", "daan.smit", "m.elamrani",
                "rik.dijkhuizen");
        Finding lotte = redacted().stream().filter(f -> f.text().equals("lotte.verbeek")).findFirst().orElseThrow();
        PageLayout page = pages.get("01-mail-gezichtsherkenning.txt").get(0);
        PageRange at = lotte.ranges().get(0);
        Box whole = page.words().stream().filter(w -> w.start() <= at.start() && w.end() >= at.end())
                .findFirst().orElseThrow().box();
        assertThat(lotte.areas()).hasSize(1);
        Box part = lotte.areas().get(0).box();
        assertThat(part.x()).isGreaterThan(whole.x()); // "<" before the address stays
        assertThat(part.right()).isLessThan(whole.right()); // "@minbzk.nl>" stays
        assertThat(page.text().substring(at.end(), at.end() + 10)).isEqualTo("@minbzk.nl");
    }

    @Test
    void publicOfficeHolderOrganisationAndDomainsStayVisible() {
        for (Finding f : redacted()) {
            assertThat(f.text()).doesNotContain("Knops", "Clearview", "minbzk.nl", "rvig.nl", "example.org",
                    "Binnenlandse Zaken", "Digitale Overheid");
        }
        // "Knops" alone is no name to the rules; the name model finds it after "Staatssecretaris", and it stays visible
        assertThat(wob.get("01-mail-gezichtsherkenning.txt").publicMentions()).allMatch(m -> m.text().equals("Knops"));
    }

    @Test
    void theGroupMailboxHasItsOwnCategoryAndGround() {
        DetectionResult r = wob.get("03-mail-notitie.txt");
        assertThat(r.toRedact()).filteredOn(f -> f.category() == Category.GROUP_MAILBOX)
                .extracting(Finding::text).containsExactlyInAnyOrder("ddo-mo", "DDO Managementondersteuning");
        DetectionResult woo = DetectingPersonalData.standard().detect(pages.get("03-mail-notitie.txt"), DetectionSettings.of(Regime.WOO));
        assertThat(woo.toRedact()).filteredOn(f -> f.category() == Category.GROUP_MAILBOX)
                .allMatch(f -> f.ground().equals("5.1.2i"));
        GroundPolicy choice = GroundPolicy.standard().with(Category.GROUP_MAILBOX, Regime.WOO, "5.1.2e");
        DetectionResult chosen = DetectingPersonalData.standard().detect(pages.get("03-mail-notitie.txt"),
                DetectionSettings.of(Regime.WOO).withGrounds(choice));
        assertThat(chosen.toRedact()).filteredOn(f -> f.category() == Category.GROUP_MAILBOX)
                .allMatch(f -> f.ground().equals("5.1.2e"));
    }

    @Test
    void thePersonalPolicyOpinionIsForReviewOnly() {
        DetectionResult memo = wob.get("04-notitie-gezichtsherkenning.txt");
        List<Finding> opinions = memo.findings().stream().filter(f -> f.category() == Category.POLICY_OPINION).toList();
        assertThat(opinions).hasSize(1);
        assertThat(opinions.get(0).text()).startsWith("Persoonlijk denk ik").endsWith("werkt niet.");
        assertThat(opinions.get(0).handling()).isEqualTo(Handling.REVIEW);
        assertThat(opinions.get(0).ground()).isEqualTo("11.1");
        assertThat(memo.toRedact()).noneMatch(f -> f.category() == Category.POLICY_OPINION);
    }

    @Test
    void namesLearnedInOneDocumentAreFoundAloneElsewhere() {
        DetectionResult reply = wob.get("02-mail-re-gezichtsherkenning.txt");
        Finding ingrid = reply.toRedact().stream().filter(f -> f.text().equals("Ingrid")).findFirst().orElseThrow();
        assertThat(ingrid.subject()).isEqualTo("person:ingrid van den heuvel");
        Finding daan = wob.get("01-mail-gezichtsherkenning.txt").toRedact().stream().filter(f -> f.text().equals("Daan"))
                .findFirst().orElseThrow();
        assertThat(daan.subject()).isEqualTo("person:daan smit");
    }

    @Test
    void jobTitlesAttachedToANameAreRedactedButTheUnitIsNot() {
        assertThat(redactedTexts(Category.JOB_TITLE)).contains("Beleidsmedewerker informatiebeleid", "Senior adviseur");
        assertThat(redactedTexts(Category.JOB_TITLE)).noneMatch(t -> t.contains("Directie"));
        // "Aan: plv. directeur Digitale Overheid" names a function without a person
        assertThat(wob.get("04-notitie-gezichtsherkenning.txt").toRedact()).noneMatch(f -> f.text().contains("directeur"));
    }

    @Test
    void textAsTheDocumentsCapabilityReadsIt_namesOverALineBreakAndAWrappedRecipientList() {
        LabelledDocument doc = SampleCase.labelled("16-gerenderd-notitie.txt");
        DetectionResult r = DetectingPersonalData.standard().detect(TextPages.pages(doc.pages()), DetectionSettings.of(Regime.WOO));
        assertThat(r.toRedact()).extracting(Finding::text).contains("I. van den Heuvel", "Amrani, Mohammed el",
                "Heuvel, Ingrid van den");
        Finding wrapped = r.toRedact().stream().filter(f -> f.text().startsWith("I. van den")).findFirst().orElseThrow();
        assertThat(wrapped.page()).isEqualTo(2);
        assertThat(wrapped.areas()).hasSize(4); // "I.", "van", "den" on one line, "Heuvel" on the next
        assertThat(wrapped.areas().get(3).box().y()).isGreaterThan(wrapped.areas().get(0).box().y());
    }

    @Test
    void aNameTheCaseHandlerEntersIsFoundEvenAlone() {
        DetectionSettings settings = DetectionSettings.of(Regime.WOO);
        settings.register().addPerson("Rik Dijkhuizen", "verzoeker");
        DetectionResult r = DetectingPersonalData.standard().detect(List.of(TextPages.page(1,
                "Het verzoek van Dijkhuizen is op 25 oktober ontvangen; Rik heeft gebeld.")), settings);
        assertThat(r.toRedact()).extracting(Finding::text).containsExactly("Dijkhuizen", "Rik");
        assertThatThrownBy(() -> settings.register().addPerson("  ", "x")).isInstanceOf(InvalidInputException.class);
    }

    /** Hostile pages must stay linear: each of these would take hours if a recognizer were quadratic. */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void pathologicalPagesFinishInLinearTime() {
        DetectingPersonalData d = DetectingPersonalData.standard();
        DetectionSettings s = DetectionSettings.of(Regime.WOO);
        List<String> pages = List.of("de heren Jansen ".repeat(100_000), "a@".repeat(500_000),
                ("x".repeat(1000) + "@").repeat(1000), "0".repeat(1_000_000), "0 - ".repeat(250_000),
                "Jan Jansen, ".repeat(80_000), "A. ".repeat(300_000), "06-12345678 ".repeat(80_000));
        for (String text : pages) {
            assertThat(d.detect(List.of(TextPages.page(1, text)), s)).isNotNull();
        }
        // many findings on one page: all kept, none overlapping
        List<Finding> phones = d.detect(List.of(TextPages.page(1, "bel 06-12345678 nu. ".repeat(20_000))), s).toRedact();
        assertThat(phones).hasSize(20_000);
    }

    /** The pipeline detects documents of one case on several threads with one register: same result as one thread. */
    @Test
    void oneCaseOnManyThreadsGivesTheSameFindings() throws Exception {
        Map<String, List<PageLayout>> docs = new java.util.LinkedHashMap<>();
        for (LabelledDocument d : SampleCase.all()) {
            docs.put(d.name(), TextPages.pages(d.pages()));
        }
        DetectingPersonalData detection = DetectingPersonalData.standard();
        DetectionSettings one = DetectionSettings.of(Regime.WOO);
        Map<String, DetectionResult> sequential = detection.detectCase(docs, one);
        DetectionSettings shared = DetectionSettings.of(Regime.WOO);
        docs.values().forEach(p -> detection.learn(p, shared));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            Map<String, java.util.concurrent.Future<DetectionResult>> futures = new java.util.LinkedHashMap<>();
            for (int round = 0; round < 3; round++) {
                docs.forEach((name, p) -> futures.put(name, pool.submit(() -> detection.detect(p, shared))));
                for (var e : futures.entrySet()) {
                    assertThat(e.getValue().get().toRedact()).extracting(Finding::text, Finding::category)
                            .as(e.getKey()).isEqualTo(sequential.get(e.getKey()).toRedact().stream()
                                    .map(f -> org.assertj.core.groups.Tuple.tuple(f.text(), f.category())).toList());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oddInputGivesNoFindingsOrAClearError() {
        DetectingPersonalData d = DetectingPersonalData.standard();
        DetectionSettings s = DetectionSettings.of(Regime.WOO);
        assertThat(d.detect(List.of(TextPages.page(1, "")), s).findings()).isEmpty();
        assertThat(d.detect(List.of(TextPages.page(1, "\n\n   \t\n")), s).findings()).isEmpty();
        String junk = "@@@@ ++++ 0000 ----".repeat(5000) + "x".repeat(100_000) + "\u0000\uFFFF\uD800";
        assertThat(d.detect(List.of(TextPages.page(1, junk)), s).findings()).isEmpty();
        assertThat(d.detect(List.of(), s).findings()).isEmpty();
        assertThatThrownBy(() -> d.detect(null, s)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> d.detect(List.of(new PageLayout(1, 10, 10, null, List.of(), false)), s))
                .isInstanceOf(InvalidInputException.class);
    }
}
