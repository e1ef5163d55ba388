package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.letter.PdfCompliance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** `openbaar letter` and `openbaar inventory` as scripts use them, in-process on a temporary data folder. */
class LetterCliTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void dataFolderWithSeed003() {
        System.setProperty("openbaar.data-dir", data.toString());
        assertThat(run("request", "add", "--kenmerk", "2021-0000627689", "--regime", "wob", "--name", "Thomas Bakker",
                "--address", "Postbus 4321, 1000 AH Amsterdam", "--letter-date", "2021-10-21", "--received", "2021-10-25",
                "--subject", "het gebruik van dan wel samenwerking met Clearview AI").exit()).isZero();
        assertThat(run("request", "event", "2021-0000627689", "--type", "acknowledged", "--date", "2021-10-25",
                "--letter", "2021-0000557757").exit()).isZero();
        assertThat(run("request", "event", "2021-0000627689", "--type", "forwarded", "--date", "2021-11-18", "--detail", "body=de AIVD",
                "--detail", "consulted=ja").exit()).isZero();
        assertThat(run("letter", "search", "--case", "2021-0000627689", "--term", "Clearview", "--term", "Biometrische herkenning",
                "--from", "2017-01-01", "--to", "2021-11-12").exit()).isZero();
    }

    @AfterAll
    static void closeContext() {
        Cli.close();
        System.clearProperty("openbaar.data-dir");
    }

    @Test
    void writesTheDecisionAsAValidatedPdfAndReportsItsPartsAsJson() throws Exception {
        Path pdf = data.resolve("besluit.pdf");
        CliRun r = run("letter", "--case", "2021-0000627689", "--type", "decision", "--date", "2021-12-09", "--out", pdf.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().path("sections").toString()).contains("\"doorzending\"").contains("\"overwegingen\"");
        PdfCompliance.assertPdfA2aAndUa1(Files.readAllBytes(pdf));
    }

    @Test
    void aLetterWhoseStepIsMissingIsBadInputAndWritesNothing() {
        Path out = data.resolve("verdaging.pdf");
        CliRun r = run("letter", "--case", "2021-0000627689", "--type", "extension", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("geen verdaging");
        assertThat(out).doesNotExist();
        assertThat(run("letter", "--case", "2021-0000627689", "--type", "besluitt").err()).contains("onbekend soort brief");
    }

    @Test
    void textsCanBeChangedForAllCasesAndTheLetterUsesThem() throws Exception {
        CliRun set = run("letter", "texts", "set", "groet", "--text", "Met de meeste hoogachting,");
        assertThat(set.exit()).as(set.err()).isZero();
        CliRun text = run("letter", "--case", "2021-0000627689", "--type", "acknowledgement", "--format", "txt", "--out",
                data.resolve("ack.txt").toString());
        assertThat(text.exit()).isZero();
        assertThat(Files.readString(data.resolve("ack.txt"))).contains("Met de meeste hoogachting,");
        assertThat(run("letter", "texts", "show", "groet").out()).contains("(beheer)");
        assertThat(run("letter", "texts", "set", "procedure.ontvangen", "--text", "Op {datm}").err()).contains("{datm}");
        // The sender is a setting, the same for every letter and the portal: not a letter text.
        CliRun sender = run("letter", "texts", "set", "afzender.organisatie", "--text", "Ministerie van Voorbeeldzaken");
        assertThat(sender.exit()).isEqualTo(2);
        assertThat(sender.err()).contains("openbaar.organisation");
        assertThat(run("letter", "texts", "reset", "groet").exit()).isZero();
    }

    @Test
    void publishWritesTheFourFilesWithoutTheRequester() throws Exception {
        Path out = data.resolve("pakket");
        CliRun r = run("letter", "publish", "--case", "2021-0000627689", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("besluit.pdf")).exists();
        assertThat(Files.readString(out.resolve("inventaris.csv"))).startsWith("ID,Matter,Family,Email Thread ID,Document");
        byte[] besluit = Files.readAllBytes(out.resolve("besluit.pdf"));
        PdfCompliance.assertPdfA2aAndUa1(besluit);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(besluit)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).doesNotContain("Bakker").doesNotContain("4321");
        }
    }

    @Test
    void theInventoryOfCollectedDocumentsFollowsTheirNumbersDuplicatesAndJudgements() throws Exception {
        // The sample's e-mails, collected by the documents capability: a thread of two, and an exact copy.
        Path mails = data.resolve("mails");
        Files.createDirectories(mails);
        for (String name : new String[] {"2020-02-28-gezichtsherkenning.eml", "2020-02-28-re-gezichtsherkenning.eml",
            "kopie-2020-02-28-gezichtsherkenning.eml"}) {
            try (var in = LetterCliTest.class.getResourceAsStream("/samples/clearview-bzk/documenten/" + name)) {
                Files.copy(in, mails.resolve(name));
            }
        }
        assertThat(run("request", "add", "--kenmerk", "WOB-2021-0002", "--regime", "wob", "--name", "Thomas Bakker",
                "--received", "2021-10-25", "--subject", "Clearview AI").exit()).isZero();
        CliRun collect = run("collect", "--case", "WOB-2021-0002", "--source", mails.toString());
        assertThat(collect.exit()).as(collect.err()).isZero();
        CliRun check = run("inventory", "check", "--case", "WOB-2021-0002", "--json");
        assertThat(check.exit()).isEqualTo(1);
        JsonNode lines = check.json().path("lines");
        assertThat(lines.size()).isEqualTo(3);
        // Copies not judged themselves point at the document that was kept; the kept one still needs a judgement.
        List<String> unjudged = new java.util.ArrayList<>();
        for (JsonNode line : lines) {
            if (!line.path("grounds").toString().contains("dubbel")) {
                unjudged.add(line.path("id").asString());
            }
        }
        assertThat(unjudged).hasSize(1);
        int kept = Integer.parseInt(unjudged.get(0));
        // Judged "deels openbaar" without any accepted box: the inventory refuses to be written.
        assertThat(run("inventory", "judge", "--case", "WOB-2021-0002", "--document", Integer.toString(kept), "--judgement",
                "deels openbaar").exit()).isZero();
        CliRun refused = run("inventory", "--case", "WOB-2021-0002", "--out", data.resolve("refused.xlsx").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("document " + kept + ": is beoordeeld als deels openbaar, maar heeft geen lakkader");
        assertThat(data.resolve("refused.xlsx")).doesNotExist();
        assertThat(run("inventory", "judge", "--case", "WOB-2021-0002", "--document", Integer.toString(kept), "--judgement",
                "openbaar").exit()).isZero();
        Path xlsx = data.resolve("inventaris-0002.xlsx");
        CliRun written = run("inventory", "--case", "WOB-2021-0002", "--out", xlsx.toString(), "--json");
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.json().path("counts").path("openbaar").asInt()).isEqualTo(1);
        assertThat(written.json().path("counts").path("niet openbaar").asInt()).isEqualTo(2);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("email");
                assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo("2020-02-28");
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).contains("gezichtsherkenning");
            }
        }
        Path pdf = data.resolve("besluit-0002.pdf");
        CliRun decision = run("letter", "--case", "WOB-2021-0002", "--type", "decision", "--out", pdf.toString(), "--json");
        assertThat(decision.exit()).as(decision.err()).isZero();
        assertThat(decision.json().path("sections").toString()).contains("bijlage-1").doesNotContain("grond:");
        PdfCompliance.assertPdfA2aAndUa1(Files.readAllBytes(pdf));
    }

    @Test
    void inventoryWritesTheVwsColumnsAndChecksAnEmptyCase() throws Exception {
        Path csv = data.resolve("inventaris.csv");
        CliRun r = run("inventory", "--case", "2021-0000627689", "--out", csv.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().path("documents").asInt()).isZero();
        assertThat(Files.readString(csv)).isEqualTo("ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,"
                + "Beoordelingsgrond,Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer\r\n");
        assertThat(run("inventory", "--case", "2021-0000627689", "--format", "ods").exit()).isEqualTo(2);
        assertThat(run("inventory", "check", "--case", "2021-0000627689").exit()).isZero();
        assertThat(run("inventory", "judge", "--case", "2021-0000627689", "--document", "1", "--judgement", "openbaar").err())
                .contains("hoort niet bij verzoek");
    }
}
