package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.CaseFile;
import nl.openbaar.letter.compose.CaseFiles;
import nl.openbaar.letter.compose.DecisionComposer;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.model.ArticleTexts;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.render.AccessiblePdf;
import nl.openbaar.letter.render.LetterHtml;
import org.junit.jupiter.api.Test;

class SeedDecisionTest {

    @Test
    void spike() throws Exception {
        var view = SeedCases.seed000();
        CaseFile file = CaseFiles.of(view, SeedCases.inventory000(), null, DefaultTexts.catalogue(), LocalDate.of(2021, 10, 28), false,
                ComputingDeadline.standard());
        Letter letter = new DecisionComposer(RuleBase.standard(), new ArticleTexts(RuleBase.standard(), DefaultTexts.articleSupplement()))
                .compose(file);
        String html = LetterHtml.of(letter, AccessiblePdf.css("brief.css"));
        byte[] pdf = AccessiblePdf.render(html);
        Files.write(Path.of("target/spike-000.pdf"), pdf);
        System.out.println(letter.outline());
        letter.warnings().forEach(System.out::println);
        PdfCompliance.assertPdfA2aAndUa1(pdf);
        assertThat(pdf.length).isGreaterThan(1000);
    }
}
