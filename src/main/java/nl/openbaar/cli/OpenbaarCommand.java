package nl.openbaar.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code openbaar}: one command per pipeline step and for the whole pipeline. Exit codes: 0 done, 1 failure,
 * 2 bad input (the message names the field; nothing was written).
 */
@Command(name = "openbaar",
        mixinStandardHelpOptions = true,
        versionProvider = OpenbaarCommand.Version.class,
        description = "Openbaar behandelt Woo- en Wob-verzoeken: van binnenkomende brief tot gepubliceerd besluit.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            DeadlineCommand.class,
            RequestCommand.class,
            HolidaysCommand.class,
            ProcessCommand.class,
            RedactCommand.class,
            VerifyCommand.class,
            LetterCommand.class,
            InventoryCommand.class,
            BenchCommand.class,
            CollectCommand.class,
            SearchCommand.class,
            DuplicatesCommand.class,
            WorkerCommand.class,
            DetectCommand.class,
            ReviewCommand.class,
            PublicationCommand.class,
            ImportCommand.class,
            AccountCommand.class,
        })
public class OpenbaarCommand implements Runnable {

    /** Returned by commands that leave a server running: the JVM must not exit. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OpenbaarCommand());
        for (ToolCommands tools : java.util.ServiceLoader.load(ToolCommands.class)) {
            tools.addTo(cl); // eval, bench detection, train ner … when the development tools are on the class path
        }
        cl.registerConverter(LocalDate.class, new DateConverter());
        cl.setExecutionExceptionHandler(OpenbaarCommand::handle);
        cl.setParameterExceptionHandler(OpenbaarCommand::badArguments);
        return cl;
    }

    /**
     * A failed command: the sentence on standard error, and with {@code --json} also one JSON document on standard
     * output ({@code {"error": {"exit": 2, "field": …, "message": …}}}), so a script always has exactly one to parse.
     */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean json = parsed != null && parsed.originalArgs().contains("--json");
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof InvalidInputException) && !(cause instanceof NotFoundException)
                && !(cause instanceof nl.openbaar.shared.ForbiddenException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInputException bad) {
            err.println("Fout in " + bad.describe());
            err.flush();
            return failed(cl, json, CommandLine.ExitCode.USAGE, "ongeldige invoer", bad.field(), bad.getMessage());
        }
        if (cause instanceof nl.openbaar.shared.ForbiddenException refused) {
            err.println("Niet toegestaan: " + refused.getMessage());
            err.flush();
            return failed(cl, json, CommandLine.ExitCode.USAGE, "niet toegestaan", "user", refused.getMessage());
        }
        if (cause instanceof NotFoundException missing) {
            err.println("Niet gevonden: " + missing.getMessage());
            err.flush();
            return failed(cl, json, CommandLine.ExitCode.USAGE, "niet gevonden", null, missing.getMessage());
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        err.println("Openbaar kon dit niet uitvoeren: " + root.getMessage());
        if (System.getenv("OPENBAAR_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return failed(cl, json, CommandLine.ExitCode.SOFTWARE, "mislukt", null, String.valueOf(root.getMessage()));
    }

    /** Unknown options, a missing required one, a value that does not convert: bad input, exit 2. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cl.usage(err);
        }
        err.flush();
        boolean json = java.util.Arrays.asList(args).contains("--json");
        return failed(cl, json, CommandLine.ExitCode.USAGE, "ongeldige invoer", null, e.getMessage());
    }

    private static int failed(CommandLine cl, boolean json, int exit, String kind, String field, String message) {
        if (json) {
            java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("exit", exit);
            error.put("kind", kind);
            if (field != null) {
                error.put("field", field);
            }
            error.put("message", message);
            Cli.printJson(cl.getOut(), java.util.Map.of("error", error));
        }
        return exit;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = OpenbaarCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Openbaar " + (v == null ? "(ontwikkelversie)" : v)};
        }
    }
}
