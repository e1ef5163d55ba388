package nl.openbaar.tools.cli;

import nl.openbaar.cli.ToolCommands;
import picocli.CommandLine;

/**
 * The development tools of detection: {@code eval detection}, {@code eval ner}, {@code bench detection} and
 * {@code train ner} (the shipped model's recipe from corpora and generated text).
 */
public final class DetectionTools implements ToolCommands {

    @Override
    public void addTo(CommandLine openbaar) {
        openbaar.addSubcommand(new CommandLine(new EvalCommand()));
        openbaar.addSubcommand(new CommandLine(new TrainCommand()));
        CommandLine bench = openbaar.getSubcommands().get("bench");
        if (bench != null) {
            bench.addSubcommand(new CommandLine(new BenchDetectionCommand()));
        }
    }
}
