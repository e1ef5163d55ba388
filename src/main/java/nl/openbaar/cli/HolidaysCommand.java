package nl.openbaar.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.deadline.DeadlineCalendar;
import nl.openbaar.law.AlgemeneTermijnenwet;
import nl.openbaar.shared.DutchDates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openbaar holidays list|add|remove}: the Atw calendar, with the days an administrator added. */
@Command(name = "holidays", description = "Feestdagen en gelijkgestelde dagen (Algemene termijnenwet).",
        subcommands = {HolidaysCommand.ListDays.class, HolidaysCommand.Add.class, HolidaysCommand.Remove.class})
public class HolidaysCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "Alle dagen waarop geen termijn eindigt in een jaar (behalve weekenden).")
    static class ListDays implements Callable<Integer> {
        @Parameters(index = "0", description = "jaar")
        int year;

        @Option(names = "--json")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AlgemeneTermijnenwet atw = Cli.bean(DeadlineCalendar.class).calendar();
            Map<String, String> days = new LinkedHashMap<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                LocalDate day = d;
                atw.holiday(d).ifPresent(name -> days.put(day.toString(), name));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, days);
            } else {
                days.forEach((d, name) -> out.println(DutchDates.short_(LocalDate.parse(d)) + "  "
                        + DutchDates.weekday(LocalDate.parse(d)) + "  " + name));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Voeg een bij koninklijk besluit gelijkgestelde dag toe; open termijnen worden herberekend.")
    static class Add implements Callable<Integer> {
        @Option(names = "--day", required = true)
        LocalDate day;

        @Option(names = "--source", required = true, description = "het besluit, bv. 'Stcrt. 2028, 12345'")
        String source;

        @Option(names = "--user", defaultValue = "beheerder")
        String user;

        @Override
        public Integer call() {
            Cli.bean(DeadlineCalendar.class).addEquatedDay(day, source, user);
            return 0;
        }
    }

    @Command(name = "remove", description = "Verwijder een door deze installatie toegevoegde dag.")
    static class Remove implements Callable<Integer> {
        @Option(names = "--day", required = true)
        LocalDate day;

        @Option(names = "--user", defaultValue = "beheerder")
        String user;

        @Override
        public Integer call() {
            Cli.bean(DeadlineCalendar.class).removeEquatedDay(day, user);
            return 0;
        }
    }

}
