package nl.openbaar.tools.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openbaar eval …}: quality figures on labelled data given by path (the data is not shipped). */
@Command(name = "eval", description = "Meet de kwaliteit van een onderdeel op gelabelde gegevens.",
        subcommands = {EvalDetectionCommand.class, EvalNerCommand.class, EvalPublicCommand.class, EvalLayoutCommand.class,
                EvalRedactionCommand.class, EvalRedactionWidthCommand.class, EvalSplitCommand.class})
public class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
