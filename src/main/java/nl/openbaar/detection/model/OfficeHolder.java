package nl.openbaar.detection.model;

import java.time.LocalDate;

/**
 * A public office holder whose name is not redacted when it appears in that capacity (allow-list entry).
 *
 * @param name    full name as commonly written ("Raymond Knops")
 * @param surname the part matched in text ("Knops"; "Yeşilgöz-Zegerius")
 * @param role    the office ("staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties")
 * @param from    first day in office
 * @param until   last day in office, null while in office
 * @param source  where the entry comes from
 */
public record OfficeHolder(String name, String surname, String role, LocalDate from, LocalDate until, String source) {
}
