package nl.openbaar.redaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.redaction.model.SearchMode;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    /** A page with one word box per word: 5 points per character, a line 14 points high. */
    private static PageLayout page(int number, String text) {
        List<LaidOutWord> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        line = 0;
        while (m.find()) {
            for (int i = lineStart; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int col = m.start() - lineStart;
            words.add(new LaidOutWord(m.group(), m.start(), m.end(), new Box(72 + col * 5, 100 + line * 14, m.group().length() * 5, 12), null));
        }
        return new PageLayout(number, 595, 842, text, words, false);
    }

    @Test
    void aWholeWordIsFoundCaseAsideButNotInsideAnotherWord() {
        List<PageLayout> pages = List.of(page(1, "Facilitair Bedrijf\nfacilitair-mo@minbzk.nl en facilitaire zaken"),
                page(2, "FACILITAIR"));
        List<TextSearch.Hit> hits = new TextSearch("Facilitair", SearchMode.WORD).find(pages);
        assertThat(hits).extracting(TextSearch.Hit::page).containsExactly(1, 1, 2);
        assertThat(hits.get(0).areas()).hasSize(1);
        assertThat(hits.get(0).areas().get(0).box().x()).isEqualTo(72);
        // Inside "facilitair-mo@…" the hit covers only that part of the word.
        assertThat(hits.get(1).areas().get(0).box().width()).isEqualTo(50);
        assertThat(hits.get(1).context()).contains("facilitair-mo@minbzk.nl");
    }

    @Test
    void aPhraseIsFoundOverALineBreakWithABoxOnEachLine() {
        List<TextSearch.Hit> hits = new TextSearch("Lotte  Verbeek", SearchMode.PHRASE).find(List.of(page(1, "Groet,\nLotte\nVerbeek\nBeleid")));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("Lotte Verbeek");
            assertThat(h.areas()).hasSize(2);
            assertThat(h.areas().get(1).box().y()).isEqualTo(128);
        });
    }

    @Test
    void aPatternFindsCaseNumbersAndMailboxes() {
        List<PageLayout> pages = List.of(page(1, "Zaak WOO-2026-0001 en WOO-2026-0002; mail ddo-mo@minbzk.nl"));
        assertThat(new TextSearch("WOO-\\d{4}-\\d{4}", SearchMode.PATTERN).find(pages)).extracting(TextSearch.Hit::text)
                .containsExactly("WOO-2026-0001", "WOO-2026-0002");
        assertThat(new TextSearch("[a-z-]+(?=@minbzk\\.nl)", SearchMode.PATTERN).find(pages)).extracting(TextSearch.Hit::text)
                .containsExactly("ddo-mo");
    }

    @Test
    void badSearchesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new TextSearch(" ", SearchMode.WORD)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("q");
        assertThatThrownBy(() -> new TextSearch("twee woorden", SearchMode.WORD)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TextSearch("(abc", SearchMode.PATTERN)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("patroon");
        assertThatThrownBy(() -> new TextSearch("x*", SearchMode.PATTERN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchMode.parse("fuzzy")).isInstanceOf(InvalidInputException.class);
    }
}
