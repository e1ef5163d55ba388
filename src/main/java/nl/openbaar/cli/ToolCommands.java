package nl.openbaar.cli;

import picocli.CommandLine;

/**
 * Commands that are not part of the product but of the development tools ({@code src/tools}, packaged as
 * {@code target/openbaar-tools.jar}): evaluation, benchmarks, training from corpora. The launcher puts the tools
 * jar on the class path when it is there; each implementation listed in
 * {@code META-INF/services/nl.openbaar.cli.ToolCommands} then adds its commands to {@code openbaar}. An
 * installation runs the product jar alone and has none of them.
 */
public interface ToolCommands {

    /** Adds this tool's commands (or subcommands of existing groups) to the root command line. */
    void addTo(CommandLine openbaar);
}
