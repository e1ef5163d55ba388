package nl.openbaar.cli;

import java.util.concurrent.Callable;
import nl.openbaar.OpenbaarApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar serve [--port N]}: the web application on the configured database. */
@Command(name = "serve", description = "Start de webapplicatie (backoffice, portaal en API).")
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "poort (standaard 8080)")
    Integer port;

    @Override
    public Integer call() {
        start(port);
        return OpenbaarCommand.KEEP_RUNNING;
    }

    static void start(Integer port) {
        SpringApplication app = new SpringApplication(OpenbaarApplication.class);
        if (port != null) {
            app.setDefaultProperties(java.util.Map.of("server.port", port.toString()));
        }
        app.run();
    }
}
