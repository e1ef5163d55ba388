package nl.openbaar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openbaar bench …}: speed figures, measured on generated input (never by timed unit tests). */
@Command(name = "bench", description = "Meet de snelheid van een onderdeel op gegenereerde invoer.",
        subcommands = {BenchDocumentsCommand.class, BenchRedactionCommand.class, BenchLettersCommand.class})
public class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
