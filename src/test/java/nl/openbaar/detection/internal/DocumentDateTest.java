package nl.openbaar.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date a document speaks from, as its text gives it. */
class DocumentDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Datum 12 maart 2021\\nOnderwerp x|2021-03-12",
        "Van: a\\nVerzonden: dinsdag 9 februari 2021 14:12\\nAan: b|2021-02-09",
        "From: a\\nDate: Tue, 9 Feb 2021 10:00:00 +0100|2021-02-09",
        "Datum: 21-09-2022\\n|2022-09-21",
        "Mark Rutte\\nZwolle\\n\\nZwolle, 2 mei 2022\\n\\nGeachte heer|2022-05-02",
        "WhatsApp\\n[12-03-2021 09:15] Lotte: hoi|2021-03-12",
        "Geen datum hier, alleen 14:00 uur.|",
    })
    void readsTheDateAPersonReads(String text, String expected) {
        LocalDate d = DocumentDate.infer(List.of(text.replace("\\n", "\n")));
        assertThat(d).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Datum 12 maart 2012\\nbrief|2012-03-12", "Een brief zonder datum|2021-06-01"})
    void theTextWinsOverTheFilesDate(String text, String expected) {
        assertThat(DocumentDate.infer(List.of(text.replace("\\n", "\n")), LocalDate.of(2021, 6, 1))).isEqualTo(LocalDate.parse(expected));
    }
}
