package nl.openbaar.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Dates on the command line are ISO (yyyy-mm-dd); a date that does not exist, such as 2021-02-30, is refused. */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is geen bestaande datum (jjjj-mm-dd)");
        }
    }
}
