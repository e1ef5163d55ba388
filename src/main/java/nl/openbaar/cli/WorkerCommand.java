package nl.openbaar.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.openbaar.work.BackgroundWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar worker}: runs background tasks (reading documents, organising, indexing) from the shared
 * database until stopped. Start as many as the machines allow; each task runs once, and a worker that dies
 * leaves its tasks to the others.
 */
@Command(name = "worker", description = "Voer achtergrondtaken uit (documenten lezen, OCR, indexeren) tot het proces wordt gestopt.")
public class WorkerCommand implements Callable<Integer> {

    @Option(names = "--threads", description = "taken tegelijk (standaard: aantal processorkernen)")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        BackgroundWork work = Cli.bean(BackgroundWork.class);
        BackgroundWork.Worker worker = threads == null ? work.start() : work.start(threads);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.close();
            stop.countDown();
        }));
        System.err.println("Worker " + worker.name() + " draait; stop met Ctrl-C.");
        stop.await();
        return 0;
    }
}
