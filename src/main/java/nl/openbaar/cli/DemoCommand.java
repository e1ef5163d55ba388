package nl.openbaar.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.OpenbaarApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar demo [--port N]}: the web application with a demo case loaded (once) into the data folder,
 * and demo logins printed on the console.
 */
@Command(name = "demo", description = "Start Openbaar met een demozaak en demo-accounts.")
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", description = "poort (standaard 8080)")
    Integer port;

    @Override
    public Integer call() {
        SpringApplication app = new SpringApplication(OpenbaarApplication.class);
        app.setDefaultProperties(port == null ? Map.of("openbaar.demo", "true")
                : Map.of("openbaar.demo", "true", "server.port", port.toString()));
        app.run();
        return OpenbaarCommand.KEEP_RUNNING;
    }
}
