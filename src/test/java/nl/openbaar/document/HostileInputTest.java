package nl.openbaar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.openbaar.document.model.CollectReport;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.request.RegisteringRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Malformed and hostile files in one folder with good ones: every bad file becomes a document with an error
 * and a reason a case handler understands, the good ones are read, and the run completes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final Path data = DocumentTestSupport.dataDir();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        DocumentTestSupport.properties(r, data);
        r.add("openbaar.documents.max-file-bytes", () -> "3000000");
        r.add("openbaar.documents.max-pages", () -> "50");
        r.add("openbaar.documents.max-nesting", () -> "3");
    }

    @Autowired
    CollectingDocuments collecting;
    @Autowired
    Documents documents;
    @Autowired
    RegisteringRequest registering;

    CollectReport report;
    Map<String, Document> byPath;

    @BeforeAll
    void collect() throws Exception {
        String kenmerk = DocumentTestSupport.register(registering, "WOO-HOSTILE-1");
        Path in = Files.createDirectories(data.resolve("input/bad"));
        TestFiles.pdf(in.resolve("goed.pdf"), "Een gewoon document");
        Files.write(in.resolve("leeg.pdf"), new byte[0]);
        byte[] good = Files.readAllBytes(in.resolve("goed.pdf"));
        Files.write(in.resolve("afgebroken.pdf"), java.util.Arrays.copyOf(good, good.length / 3));
        Files.write(in.resolve("ruis.docx"), "PK\u0003\u0004 dit is geen zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("enorm.bin"), new byte[3_500_000]);
        encryptedPdf(in.resolve("versleuteld.pdf"));
        encryptedDocx(in.resolve("versleuteld.docx"));
        TestFiles.pdf(in.resolve("te-lang.pdf"), java.util.stream.IntStream.range(0, 60).mapToObj(i -> "pagina " + i).toArray(String[]::new));
        Files.write(in.resolve("kringverwijzing.pdf"), cyclicPdf());
        Files.write(in.resolve("zelfverwijzend-formulier.pdf"), recursiveFormPdf());
        zipBomb(in.resolve("zipbom.zip"));
        nested(in.resolve("matroesjka.zip"), 6);
        billionLaughs(in.resolve("lachsalvo.docx"));
        report = collecting.collect(kenmerk, List.of(in), null, p -> {
        });
        byPath = documents.forRequest(kenmerk).stream().collect(Collectors.toMap(Document::sourcePath, Function.identity()));
    }

    @Test
    void theRunCompletesAndTheGoodFileIsRead() {
        assertThat(byPath.get("goed.pdf").status()).isEqualTo(DocumentStatus.READ);
        assertThat(documents.pageTexts(byPath.get("goed.pdf").id())).containsExactly("Een gewoon document");
        assertThat(documents.forRequest(byPath.get("goed.pdf").requestId())).allSatisfy(d -> assertThat(d.status().finished()).isTrue());
    }

    @Test
    void eachBadFileFailsWithAClearReason() {
        assertFailed("leeg.pdf", "leeg bestand");
        assertFailed("afgebroken.pdf", "beschadigd");
        assertFailed("ruis.docx", "beschadigd");
        assertFailed("enorm.bin", "groter dan de grens");
        assertFailed("versleuteld.pdf", "versleuteld");
        assertFailed("versleuteld.docx", "versleuteld");
        assertFailed("te-lang.pdf", "60 pagina's");
        assertFailed("zipbom.zip", "zipbom");
        assertFailed("lachsalvo.docx", "XML-entiteiten");
        Document deepest = byPath.values().stream().filter(d -> d.sourcePath().startsWith("matroesjka.zip/")).filter(Document::failed)
                .findFirst().orElseThrow();
        assertThat(deepest.errorReason()).contains("te diep genest");
        assertThat(report.failed()).extracting(CollectReport.Failure::path).contains("leeg.pdf", "zipbom.zip", "lachsalvo.docx");
    }

    @Test
    void pdfsThatReferToThemselvesDoNotHangTheRun() {
        for (String name : List.of("kringverwijzing.pdf", "zelfverwijzend-formulier.pdf")) {
            Document d = byPath.get(name);
            assertThat(d.status().finished()).as(name).isTrue();
            if (d.failed()) {
                assertThat(d.errorReason()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void anOversizeFileIsAccountedForButNotStored() {
        Document big = byPath.get("enorm.bin");
        assertThat(big.size()).isEqualTo(3_500_000);
        assertThat(big.sha256()).hasSize(64);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.original(big.id()))
                .isInstanceOf(nl.openbaar.shared.NotFoundException.class);
    }

    private void assertFailed(String path, String reason) {
        Document d = byPath.get(path);
        assertThat(d).as(path).isNotNull();
        assertThat(d.status()).as(path).isEqualTo(DocumentStatus.FAILED);
        assertThat(d.errorReason()).as(path).contains(reason);
    }

    private static void encryptedPdf(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(TestFiles.pdf(Files.createTempFile("plain", ".pdf"), "Geheim").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    private static void encryptedDocx(Path file) throws Exception {
        Path plain = TestFiles.docx(Files.createTempFile("plain", ".docx"), "Geheim memo");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("geheim");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** A page tree whose Pages node lists itself among its kids. */
    private static byte[] cyclicPdf() {
        return pdf("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
                "<< /Length 0 >>\nstream\n\nendstream");
    }

    /** A page drawing a form XObject that draws itself. */
    private static byte[] recursiveFormPdf() {
        String content = "q /Fm1 Do Q";
        String form = "q /Fm1 Do Q";
        return pdf("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm1 5 0 R >> >> /Length "
                        + form.length() + " >>\nstream\n" + form + "\nendstream");
    }

    private static byte[] pdf(String... objects) {
        StringBuilder sb = new StringBuilder("%PDF-1.7\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** 60 MB of zeros in a zip of about 60 kB. */
    private static void zipBomb(Path file) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("nullen.txt"));
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        }
    }

    /** A zip in a zip in a zip …, {@code depth} deep, with a PDF at the bottom. */
    private static void nested(Path file, int depth) throws Exception {
        byte[] inner = Files.readAllBytes(TestFiles.pdf(Files.createTempFile("binnenste", ".pdf"), "Helemaal binnenin"));
        String name = "binnenste.pdf";
        for (int i = 0; i < depth; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(b)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(inner);
                zip.closeEntry();
            }
            inner = b.toByteArray();
            name = "laag-" + i + ".zip";
        }
        Files.write(file, inner);
    }

    /** A docx whose document.xml declares the classic exponential entities. */
    private static void billionLaughs(Path file) throws Exception {
        Path docx = TestFiles.docx(Files.createTempFile("gewoon", ".docx"), "Gewone tekst");
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        try (var zin = new java.util.zip.ZipFile(docx.toFile()); ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(file))) {
            var entries = zin.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                zout.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = zin.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
                    xml = dtd + xml.replace("Gewone tekst", "&lol9;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zout.write(bytes);
                zout.closeEntry();
            }
        }
    }
}
