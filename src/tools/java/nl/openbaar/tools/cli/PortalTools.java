package nl.openbaar.tools.cli;

import nl.openbaar.cli.ToolCommands;
import picocli.CommandLine;

/** The portal's development tools: {@code bench portal} (search latency at national scale). */
public final class PortalTools implements ToolCommands {

    @Override
    public void addTo(CommandLine openbaar) {
        CommandLine bench = openbaar.getSubcommands().get("bench");
        if (bench != null) {
            bench.addSubcommand(new CommandLine(new BenchPortalCommand()));
        }
    }
}
