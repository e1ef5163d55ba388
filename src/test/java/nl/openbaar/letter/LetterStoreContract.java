package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.openbaar.deadline.DeadlineCalendar;
import nl.openbaar.deadline.HolidayTableChanged;
import nl.openbaar.deadline.internal.JdbcEquatedDays;
import nl.openbaar.inventory.DocumentCatalogue;
import nl.openbaar.inventory.JudgingDocument;
import nl.openbaar.inventory.MakingInventory;
import nl.openbaar.inventory.RedactionRegister;
import nl.openbaar.inventory.internal.JdbcJudgements;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.internal.JdbcLetterDrafts;
import nl.openbaar.letter.internal.JdbcLetterTexts;
import nl.openbaar.letter.internal.JdbcSearchRecords;
import nl.openbaar.letter.model.DraftKey;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.organisation.OrganisationSettings;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.KeepingDeadlines;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.search.Zoekslagen;
import nl.openbaar.search.internal.JdbcSweeps;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.testing.MutableClock;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Seed 000 and seed 003 entered the way a case handler enters them (registration, timeline, judgements, texts, the
 * search record) through the real use cases and SQL, then written as letters and as publication files. Runs on H2
 * and on PostgreSQL.
 */
abstract class LetterStoreContract {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(LocalDate.of(2021, 10, 28));
    private final List<InventoryDocument> documents = new ArrayList<>();
    private final Map<Long, DocumentRedactions> boxes = new HashMap<>();
    private RegisteringRequest registering;
    private RecordingEvent recording;
    private JudgingDocument judging;
    private EditingLetterTexts editing;
    private RecordingSearch searching;
    private WritingLetter writing;
    private WritingPublicationFiles publishing;
    private DraftingLetter drafting;
    private FindingRequests findingRequests;
    private SendingLetter sending;

    /** The settings of seed 000's body, with the signer of that decision. */
    static final OrganisationSettings JENV = new OrganisationSettings("Ministerie van Justitie en Veiligheid", "het ministerie",
            "mijn ministerie", "De Minister van Justitie en Veiligheid", null, "Postbus 20301 2500 EH Den Haag",
            "Turfmarkt 147, 2511 DP Den Haag", "Postbus 20301, 2500 EH Den Haag", "www.rijksoverheid.nl", null, "namens deze,",
            "J.W. Schaper", "Directeur Politieel Beleid en Taakuitvoering");

    abstract DataSource database();

    @BeforeEach
    void wire() throws java.sql.SQLException {
        // One connection for the test: a bare H2 data source would open and close the database file per statement.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(database().getConnection(), true));
        JdbcRequests requests = new JdbcRequests(jdbc);
        KeepingDeadlines[] keeping = new KeepingDeadlines[1];
        DeadlineCalendar calendar = new DeadlineCalendar(RuleBase.standard(), new JdbcEquatedDays(jdbc),
                event -> keeping[0].onHolidayTableChanged((HolidayTableChanged) event), clock);
        keeping[0] = new KeepingDeadlines(requests, calendar, clock);
        registering = new RegisteringRequest(requests, keeping[0], clock, "{regime}-{year}-{seq:4}", new nl.openbaar.account.CasePolicy(null, null, false), null, e -> { });
        recording = new RecordingEvent(requests, keeping[0], clock, new nl.openbaar.account.CasePolicy(null, null, false), e -> { });
        FindingRequests finding = new FindingRequests(requests, keeping[0]);
        findingRequests = finding;
        DocumentCatalogue catalogue = kenmerk -> kenmerk.equals("3553465") ? documents : List.of();
        RedactionRegister register = kenmerk -> kenmerk.equals("3553465") ? boxes : Map.of();
        JdbcJudgements judgements = new JdbcJudgements(jdbc);
        judging = new JudgingDocument(finding, catalogue, judgements, RuleBase.standard(), clock);
        MakingInventory inventories = new MakingInventory(finding, catalogue, register, judgements, RuleBase.standard());
        JdbcLetterTexts texts = new JdbcLetterTexts(jdbc);
        editing = new EditingLetterTexts(texts, finding, RuleBase.standard(), clock);
        JdbcSearchRecords searches = new JdbcSearchRecords(jdbc);
        searching = new RecordingSearch(searches, finding, clock);
        writing = new WritingLetter(finding, inventories, new LetterTexts(texts, data.toString()), searches,
                new Zoekslagen(finding, new JdbcSweeps(jdbc)), calendar, RuleBase.standard(), JENV, new JdbcLetterDrafts(jdbc), clock);
        publishing = new WritingPublicationFiles(writing, finding);
        drafting = new DraftingLetter(writing, new JdbcLetterDrafts(jdbc), finding, clock);
        sending = new SendingLetter(writing, new JdbcLetterDrafts(jdbc), finding, recording, clock);
    }

    private void enterSeed000() throws Exception {
        Verzoek s = SeedCases.seed000().verzoek();
        registering.register(new NewRequest("3553465", "wob", SeedCases.REQUESTER_000, s.letterDate(), s.receivedDate(), "post",
                s.bestuurlijkeAangelegenheid(), s.items(), s.requestedPeriod(), s.scopedPeriod(), s.scopeReason(), s.organisation()), "behandelaar");
        for (Event e : SeedCases.seed000().events()) {
            if (e.type() != nl.openbaar.request.model.EventType.RECEIVED) {
                recording.record("3553465", new NewEvent(e.type().code(), e.date(), null, e.letter(), e.details()), nl.openbaar.account.Actor.system("behandelaar"));
            }
        }
        // The documents and boxes other capabilities hold; the judgements entered here.
        var inv = SeedCases.inventory000();
        for (var line : inv.lines()) {
            documents.add(new InventoryDocument(line.documentId(), line.number(), line.title(), null, line.fileType(), line.date(),
                    line.family(), line.thread(), null));
            Map<Long, DocumentRedactions> seedBoxes = SeedCases.redactions000();
            if (seedBoxes.containsKey(line.documentId())) {
                boxes.put(line.documentId(), seedBoxes.get(line.documentId()));
            }
            judging.judge("3553465", new JudgingDocument.Judgement(line.documentId(), null, line.beoordeling().phrase(),
                    line.beoordeling() == nl.openbaar.inventory.model.Beoordeling.NIET_OPENBAAR ? line.grounds() : List.of(), null,
                    line.links(), null, false), "jurist");
        }
        // An administrator's texts: the closing line in the database, earlier decisions in a file in the data folder;
        // the lawyer's motivation for 11.1 for this case. The body and its signer come from the settings.
        editing.set("besluit.slot", "wob", "Hoogachtend,", "beheerder");
        Files.createDirectories(data.resolve("brieven"));
        Files.writeString(data.resolve("brieven/eerdere-besluiten.txt"), """
                [besluit.eerdere-besluiten]
                Eerder besloot ik over Clearview AI op 1 maart 2021; dat besluit staat op www.rijksoverheid.nl.
                """);
        editing.setForCase("3553465", "grond.10.2.e.zaak", "De geheel geweigerde documenten zijn verslagen van gesprekken met"
                + " burgers; zij bestaan in hun geheel uit persoonsgegevens.", "jurist");
        editing.setForCase("3553465", "grond.11.1.zaak", "Bijlage 2 (Niet openbaar) bevat een document met nummer 28. Het gaat hierbij"
                + " om een conceptverslag van een werkgroep met leden van verschillende organisaties.", "jurist");
    }

    @Test
    void seed000EnteredThroughTheUseCasesGivesTheDecisionWithItsDatesCountsAndGrounds() throws Exception {
        enterSeed000();
        Letter letter = writing.letter("3553465", LetterType.DECISION, null, false);
        assertThat(letter.references()).contains(new Letter.Reference("Datum", "28 oktober 2021"));
        assertThat(letter.sender().organisation()).isEqualTo("Ministerie van Justitie en Veiligheid");
        assertThat(letter.section("procedure").text()).contains("Op 11 juni 2021 heb ik uw Wob-verzoek ontvangen.")
                .contains("verleng tot 6 augustus 2021");
        assertThat(letter.section("inventarisatie").text()).contains("in totaal 89 documenten", "Niet openbaar: 9 documenten (bijlage 2)",
                "Deels openbaar: 50 documenten (bijlage 3)", "Openbaar: 20 documenten (bijlage 4)", "Reeds openbaar: 10 documenten (bijlage 5)");
        assertThat(letter.outline()).filteredOn(id -> id.matches("grond:[^:]+")).containsExactly("grond:10.2.e", "grond:10.2.g", "grond:11.1");
        assertThat(letter.section("grond:11.1").text()).contains("conceptverslag van een werkgroep");
        assertThat(letter.section("ondertekening").text()).contains("Hoogachtend,", "De Minister van Justitie en Veiligheid,", "namens deze,",
                "J.W. Schaper", "Directeur Politieel Beleid en Taakuitvoering");
        assertThat(letter.section("reeds-openbaar").text()).contains("Eerder besloot ik over Clearview AI op 1 maart 2021");
        assertThat(letter.warnings()).isEmpty();

        byte[] pdf = writing.render(letter, WritingLetter.Format.PDF);
        PdfCompliance.assertPdfA2aAndUa1(pdf);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(writing.render(letter, WritingLetter.Format.DOCX)));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Eerbiediging van de persoonlijke levenssfeer (artikel 10.2.e Wob)")
                    .contains("Bijlage 1: Relevante artikelen uit de Wob").contains("Geachte Marieke van den Berg,");
        }
    }

    @Test
    void theLettersDuringTheProcedureAreDatedByTheirStep() throws Exception {
        enterSeed000();
        Letter ack = writing.letter("3553465", LetterType.ACKNOWLEDGEMENT, null, false);
        assertThat(ack.references()).contains(new Letter.Reference("Datum", "25 juni 2021"));
        assertThat(ack.section("tekst").text()).contains("Op 11 juni 2021 heb ik uw verzoek van 9 juni 2021 ontvangen")
                .contains("Dat is uiterlijk op 9 juli 2021.").contains("artikel 6, eerste lid, van de Wob").contains("ten hoogste vier weken");
        Letter ext = writing.letter("3553465", LetterType.EXTENSION, null, false);
        assertThat(ext.section("tekst").text()).contains("uiterlijk op 9 juli 2021 op uw verzoek beslissen")
                .contains("omdat een zorgvuldige besluitvorming meer tijd vergt.")
                .contains("artikel 6, tweede lid, van de Wob met vier weken").contains("Ik beslis nu uiterlijk op 6 augustus 2021.");
        PdfCompliance.assertPdfA2aAndUa1(writing.render(ack, WritingLetter.Format.PDF));
        PdfCompliance.assertPdfA2aAndUa1(writing.render(ext, WritingLetter.Format.PDF));
        assertThatThrownBy(() -> writing.letter("3553465", LetterType.FORWARDING, null, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("geen doorzending");
    }

    @Test
    void theLawyersDraftIsWhatIsRenderedExportedFromWordAndPublished() throws Exception {
        enterSeed000();
        String k = "3553465";
        DraftKey besluit = DraftKey.of(LetterType.DECISION);
        DraftingLetter.Draft draft = drafting.draft(k, besluit);
        assertThat(draft.sections()).filteredOn(DraftingLetter.DraftSection::editable).extracting(DraftingLetter.DraftSection::id)
                .contains("inleiding", "procedure", "besluit", "grond:11.1", "openbaarmaking", "ondertekening", "bezwaar")
                .doesNotContain("bijlage-1", "bijlage-2");
        assertThatThrownBy(() -> drafting.save(k, besluit, "bijlage-2", "leeg", "jurist"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inventarislijsten");

        // Edited in the browser twice, by two people; a colleague comments.
        String grond = draft.sections().stream().filter(s -> s.id().equals("grond:11.1")).findFirst().orElseThrow().text();
        drafting.save(k, besluit, "grond:11.1", grond + "\n\nDe werkgroep sprak vrijuit over beleidsopties.", "jurist");
        var second = drafting.save(k, besluit, "grond:11.1", grond + "\n\nDe werkgroep sprak in vertrouwen over beleidsopties.", "jurist2");
        assertThat(second.version()).isEqualTo(2);
        assertThat(drafting.versions(k, besluit, "grond:11.1")).extracting(v -> v.editedBy()).containsExactly("jurist", "jurist2");
        assertThat(drafting.save(k, besluit, "grond:11.1", grond + "\n\nDe werkgroep sprak in vertrouwen over beleidsopties.  ", "jurist3"))
                .as("the same text again stores nothing").extracting(v -> v.version()).isEqualTo(2);
        drafting.comment(k, besluit, "grond:11.1", "Noem ook de datum van het overleg.", "collega");
        assertThat(drafting.draft(k, besluit).sections()).filteredOn(s -> s.id().equals("grond:11.1")).singleElement()
                .satisfies(s -> {
                    assertThat(s.edited()).isTrue();
                    assertThat(s.edit().editedBy()).isEqualTo("jurist2");
                    assertThat(s.comments()).extracting(c -> c.author() + ": " + c.text()).containsExactly("collega: Noem ook de datum van het overleg.");
                });
        assertThat(writing.letter(k, LetterType.DECISION, null, false).section("grond:11.1").text())
                .contains("De werkgroep sprak in vertrouwen over beleidsopties.").contains("conceptverslag van een werkgroep");

        // Downloaded as DOCX, a sentence changed in Word (and a cell of an inventory list, which the system keeps), uploaded.
        byte[] docx = drafting.docx(k, besluit);
        byte[] edited;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("De werkgroep sprak in vertrouwen over beleidsopties.")
                    .contains("Bijlage 1: Relevante artikelen uit de Wob");
            var p = doc.getParagraphs().stream().filter(x -> x.getText().contains("Op 11 juni 2021 heb ik uw Wob-verzoek ontvangen."))
                    .findFirst().orElseThrow();
            String changed = p.getText().replace("uw Wob-verzoek ontvangen.", "uw Wob-verzoek per post ontvangen.");
            while (p.getRuns().size() > 0) {
                p.removeRun(0);
            }
            p.createRun().setText(changed);
            var cell = doc.getTables().get(0).getRow(1).getCell(1);
            cell.removeParagraph(0);
            cell.addParagraph().createRun().setText("Gewijzigd in Word");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            edited = out.toByteArray();
        }
        assertThat(drafting.upload(k, besluit, new ByteArrayInputStream(edited), "jurist")).containsExactly("procedure");
        assertThat(drafting.versions(k, besluit, "procedure")).singleElement().extracting(v -> v.origin()).isEqualTo("word");
        Letter after = writing.letter(k, LetterType.DECISION, null, false);
        assertThat(after.section("procedure").text()).contains("Op 11 juni 2021 heb ik uw Wob-verzoek per post ontvangen.")
                .contains("verleng tot 6 augustus 2021");
        assertThat(after.section("ondertekening").text()).contains("J.W. Schaper");
        assertThat(after.annexes().toString()).doesNotContain("Gewijzigd in Word");
        assertThat(drafting.upload(k, besluit, new ByteArrayInputStream(edited), "jurist")).as("the same file again changes nothing").isEmpty();

        // Files that are not the draft's own are refused, naming the field.
        assertThatThrownBy(() -> drafting.upload(k, besluit, new ByteArrayInputStream("geen docx".getBytes()), "jurist"))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "bestand");
        assertThatThrownBy(() -> drafting.upload(k, besluit, new ByteArrayInputStream(writing.render(after, WritingLetter.Format.DOCX)), "jurist"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("niet uit Openbaar");
        assertThatThrownBy(() -> drafting.upload(k, DraftKey.of(LetterType.ACKNOWLEDGEMENT), new ByteArrayInputStream(edited), "jurist"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("niet bij deze brief");

        // An edit naming the requester: the addressed letter keeps it, the published one is scrubbed.
        String opening = drafting.draft(k, besluit).sections().get(0).text();
        drafting.save(k, besluit, "inleiding", opening + "\n\nMevrouw Marieke van den Berg vroeg ook om notulen.", "jurist");
        Path out = data.resolve("publicatie-concept");
        publishing.write(k, out);
        byte[] pdf = Files.readAllBytes(out.resolve("besluit.pdf"));
        String text = SeedDecisionTest.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("uw Wob-verzoek per post ontvangen.").contains("De werkgroep sprak in vertrouwen over beleidsopties.")
                .contains("vroeg ook om notulen").doesNotContain("Marieke");
        PdfCompliance.assertPdfA2aAndUa1(pdf);

        // Back to the generated text: kept as a version, the section follows the case again.
        drafting.reset(k, besluit, "inleiding", "jurist");
        assertThat(writing.letter(k, LetterType.DECISION, null, false).section("inleiding").text()).doesNotContain("notulen");
        assertThat(drafting.versions(k, besluit, "inleiding")).extracting(v -> v.origin()).containsExactly("browser", "herstel");

        // Sending keeps the final PDF and puts the sending on the timeline.
        var sent = sending.send(k, besluit, LocalDate.of(2021, 10, 28), nl.openbaar.account.Actor.system("jurist"));
        assertThat(sent.sentOn()).isEqualTo(LocalDate.of(2021, 10, 28));
        assertThat(SeedDecisionTest.pdfText(drafting.sentPdf(k, sent.id())).replaceAll("\\s+", " "))
                .contains("uw Wob-verzoek per post ontvangen.").contains("Marieke van den Berg");
        assertThat(findingRequests.get(k).procedure()).extracting(e -> e.type().code()).contains("decided", "sent");
    }

    @Test
    void anEditThatTheCaseOutgrewIsFlaggedAndAPlaceToFillStopsSending() throws Exception {
        enterSeed000();
        String k = "3553465";
        DraftKey ack = DraftKey.of(LetterType.ACKNOWLEDGEMENT);
        String tekst = drafting.draft(k, ack).sections().get(0).text();
        drafting.save(k, ack, "tekst", tekst + "\n\n«Hier nog een zin over de termijn.»", "jurist");
        assertThatThrownBy(() -> sending.send(k, ack, LocalDate.of(2021, 6, 25), nl.openbaar.account.Actor.system("jurist")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in te vullen");
        drafting.save(k, ack, "tekst", tekst.replace("Op 11 juni 2021", "Op 11 juni 2021 (per post)"), "jurist");
        assertThat(drafting.draft(k, ack).sections().get(0).stale()).isFalse();
        // The case moves on: the acknowledgement's date and deadline are written from the timeline, the edit is not.
        editing.set("ontvangstbevestiging.tekst", "wob", "Uw verzoek is op {ontvangstdatum} binnengekomen.", "beheerder");
        DraftingLetter.DraftSection s = drafting.draft(k, ack).sections().get(0);
        assertThat(s.stale()).isTrue();
        assertThat(writing.letter(k, LetterType.ACKNOWLEDGEMENT, null, false).warnings()).anyMatch(w -> w.contains("sindsdien veranderd"));
        var sent = sending.send(k, ack, LocalDate.of(2021, 6, 25), nl.openbaar.account.Actor.system("jurist"));
        assertThat(SeedDecisionTest.pdfText(drafting.sentPdf(k, sent.id()))).contains("(per post)");
    }

    @Test
    void thePublicationFilesCarryNoRequesterDataAndTheVwsInventory() throws Exception {
        enterSeed000();
        Path out = data.resolve("publicatie");
        List<Path> files = publishing.write("3553465", out);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("besluit.pdf", "inventaris.xlsx", "inventaris.pdf", "inventaris.csv");
        byte[] besluit = Files.readAllBytes(out.resolve("besluit.pdf"));
        PdfCompliance.assertPdfA2aAndUa1(besluit);
        PdfCompliance.assertPdfA2aAndUa1(Files.readAllBytes(out.resolve("inventaris.pdf")));
        String text = SeedDecisionTest.pdfText(besluit);
        assertThat(text).contains("Geachte In uw brief").doesNotContain("Marieke").doesNotContain("Lindenlaan");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("inventaris.xlsx")))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(89);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("Beoordeling");
        }
        assertThat(Files.readAllLines(out.resolve("inventaris.csv"))).hasSize(90);
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("besluit.pdf", "inventaris.xlsx",
                    "inventaris.pdf", "inventaris.csv");
        }
    }

    @Test
    void anInventoryThatDisagreesWithTheRedactionsIsNotPublished() throws Exception {
        enterSeed000();
        // Document 1 has boxes; judging it "openbaar" contradicts them.
        judging.judge("3553465", new JudgingDocument.Judgement(null, 1, "openbaar", List.of(), null, List.of(), null, false), "jurist");
        Path out = data.resolve("publicatie");
        assertThatThrownBy(() -> publishing.write("3553465", out)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("document 1: is beoordeeld als openbaar, maar heeft 2 lakkaders");
        assertThat(out).doesNotExist();
    }

    @Test
    void judgementsAreCheckedAgainstTheLawOnEntry() throws Exception {
        enterSeed000();
        assertThatThrownBy(() -> judging.judge("3553465", new JudgingDocument.Judgement(null, 3, "niet openbaar", List.of("5.1.2e"), null,
                List.of(), null, false), "jurist")).isInstanceOf(InvalidInputException.class).hasMessageContaining("5.1.2e");
        assertThatThrownBy(() -> judging.judge("3553465", new JudgingDocument.Judgement(null, 3, "gedeeltelijk", List.of(), null,
                List.of(), null, false), "jurist")).isInstanceOf(InvalidInputException.class).hasMessageContaining("onbekende beoordeling");
        assertThatThrownBy(() -> judging.judge("3553465", new JudgingDocument.Judgement(null, 80, "reeds openbaar", List.of(), null,
                List.of("javascript:alert(1)"), null, false), "jurist")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> editing.set("afzender.organistie", null, "x", "beheerder")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("afzender.organistie");
        // The body and its signer are settings: one place for every letter and the portal.
        assertThatThrownBy(() -> editing.set("afzender.organisatie", null, "Ministerie van Voorbeeldzaken", "beheerder"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("openbaar.organisation");
        assertThatThrownBy(() -> editing.set("procedure.ontvangen", null, "Op {datm} ontvangen", "beheerder"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{datm}");
    }

    @Test
    void seed003EnteredThroughTheUseCasesGivesTheNoDocumentsDecisionAndTheForwardingLetters() throws Exception {
        clock.set(LocalDate.of(2021, 12, 9));
        Verzoek s = SeedCases.seed003().verzoek();
        registering.register(new NewRequest(s.kenmerk(), "wob", SeedCases.REQUESTER_003, s.letterDate(), s.receivedDate(), "post",
                s.bestuurlijkeAangelegenheid(), List.of(), null, null, null, null), "behandelaar");
        for (Event e : SeedCases.seed003().events()) {
            if (e.type() != nl.openbaar.request.model.EventType.RECEIVED) {
                recording.record(s.kenmerk(), new NewEvent(e.type().code(), e.date(), null, e.letter(), e.details()), nl.openbaar.account.Actor.system("behandelaar"));
            }
        }
        var z = SeedCases.zoekslag003();
        searching.record(s.kenmerk(), z.terms(), List.of(), z.from(), z.to(), z.searchedOn(), "behandelaar");
        Letter decision = writing.letter(s.kenmerk(), LetterType.DECISION, null, false);
        assertThat(decision.references()).contains(new Letter.Reference("Datum", "9 december 2021"));
        assertThat(decision.section("overwegingen").text()).contains("Biometrische herkenning")
                .contains("in de periode van 1 januari 2017 tot en met 12 november 2021");
        assertThat(decision.section("doorzending").text()).contains("op 18 november 2021 – na overleg met u – doorgezonden naar de AIVD");
        PdfCompliance.assertPdfA2aAndUa1(writing.render(decision, WritingLetter.Format.PDF));

        Letter forwarding = writing.letter(s.kenmerk(), LetterType.FORWARDING, null, false);
        assertThat(forwarding.recipient()).containsExactly("de AIVD");
        assertThat(forwarding.section("tekst").text()).contains("ontvangen van Thomas Bakker").contains("artikel 4 van de Wob");
        assertThat(forwarding.section("afschrift").text()).contains("Thomas Bakker, Postbus 4321, 1000 AH Amsterdam");
        PdfCompliance.assertPdfA2aAndUa1(writing.render(forwarding, WritingLetter.Format.PDF));
        Letter published = writing.letter(s.kenmerk(), LetterType.FORWARDING, null, true);
        assertThat(LetterTextOf(published)).doesNotContain("Thomas").doesNotContain("Bakker").doesNotContain("4321").contains("de verzoeker");
    }

    @Test
    void theViewsLetterGoesToTheThirdPartyAndNeverNamesTheRequester() throws Exception {
        clock.set(LocalDate.of(2024, 9, 20));
        registering.register(new NewRequest("WOO-2024-0042", "woo", SeedCases.REQUESTER_000, LocalDate.of(2024, 8, 30),
                LocalDate.of(2024, 9, 2), "email", "de aanschaf van camera's", List.of(), null, new Periode(LocalDate.of(2020, 1, 1), null),
                null, null), "behandelaar");
        recording.record("WOO-2024-0042", new NewEvent("views-requested", LocalDate.of(2024, 9, 10), null, null,
                Map.of(Event.THIRD_PARTY, "Voorbeeld Camera's B.V.", "thirdPartyAddress", "Industrieweg 4; 1234 AB Ergens",
                        Event.VIEW_TERM_DAYS, "14", "documents", "3, 7 en 12")), nl.openbaar.account.Actor.system("behandelaar"));
        Letter views = writing.letter("WOO-2024-0042", LetterType.VIEWS, null, false);
        assertThat(views.recipient()).containsExactly("Voorbeeld Camera's B.V.", "Industrieweg 4", "1234 AB Ergens");
        String text = LetterTextOf(views);
        assertThat(text).contains("tot en met 24 september 2024").contains("artikel 4:8 van de Algemene wet bestuursrecht")
                .contains("de nummers 3, 7 en 12").doesNotContain("Marieke").doesNotContain("van den Berg");
        PdfCompliance.assertPdfA2aAndUa1(writing.render(views, WritingLetter.Format.PDF));
    }

    private static String LetterTextOf(Letter l) {
        return nl.openbaar.letter.render.LetterText.of(l);
    }
}
