package nl.openbaar.tools.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openbaar train …}: builds a model from training data given by path. */
@Command(name = "train", description = "Train een model (bijvoorbeeld de naamherkenner).", subcommands = {TrainNerCommand.class})
public class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
