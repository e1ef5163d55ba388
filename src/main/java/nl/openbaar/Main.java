package nl.openbaar;

import nl.openbaar.cli.OpenbaarCommand;

/** Entry point of the jar: every use of Openbaar, the server included, starts as a command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exit = OpenbaarCommand.run(args);
        if (exit != OpenbaarCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
