package nl.openbaar.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Dates on the command line are ISO (yyyy-mm-dd); a date that does not exist, such as 2021-02-30, is refused. */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isBefore(nl.openbaar.shared.Bounds.EARLIEST) || date.isAfter(nl.openbaar.shared.Bounds.LATEST)) {
                throw new CommandLine.TypeConversionException("'" + value + "' ligt niet tussen "
                        + nl.openbaar.shared.Bounds.EARLIEST.getYear() + " en " + nl.openbaar.shared.Bounds.LATEST.getYear());
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is geen bestaande datum (jjjj-mm-dd)");
        }
    }
}
