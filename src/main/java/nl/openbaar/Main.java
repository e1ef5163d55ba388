package nl.openbaar;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.openbaar.cli.OpenbaarCommand;
import nl.openbaar.shared.logging.LibraryNoise;
import picocli.CommandLine;

/** Entry point of the jar: every use of Openbaar, the server included, starts as a command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter result = resultChannel();
        int exit = execute(args, result);
        if (exit != OpenbaarCommand.KEEP_RUNNING) {
            long left = LibraryNoise.suppressed();
            if (left > 0) {
                System.err.println("(" + left + " meldingen van PDFBox en andere bibliotheken over eigenaardigheden van de bestanden"
                        + " weggelaten; OPENBAAR_DEBUG=1 toont ze)");
            }
            System.exit(exit);
        }
    }

    /**
     * Standard output belongs to the command's result alone (one JSON document with --json): the returned writer is
     * the only way onto it. Whatever a library prints on System.out (a logger configured by default, a stray println)
     * goes to standard error from here on.
     */
    public static PrintWriter resultChannel() {
        PrintWriter result = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        return result;
    }

    /** Runs one command with its result written to {@code result}. */
    public static int execute(String[] args, PrintWriter result) {
        CommandLine cl = OpenbaarCommand.commandLine();
        cl.setOut(result);
        int exit = cl.execute(args);
        result.flush();
        return exit;
    }
}
