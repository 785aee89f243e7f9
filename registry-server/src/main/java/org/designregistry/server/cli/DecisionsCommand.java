package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.governance.DecisionPublications;
import org.designregistry.model.governance.PublicationReport;
import org.designregistry.model.governance.PublicationRule;
import org.designregistry.model.governance.PublicationStatus;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.designregistry.server.governance.PublicationResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry decisions overdue}: decisions late for publication, and those due soon. */
@Command(
        name = "decisions",
        header = "Reports on the registry's decisions.",
        subcommands = {DecisionsCommand.Overdue.class})
final class DecisionsCommand {

    @ParentCommand RegistryCommand registry;

    /** {@code registry decisions overdue [--on DATE] [--format md|csv|json]}. */
    @Command(
            name = "overdue",
            header = "Prints the decisions overdue for publication and those due soon.",
            description =
                    "A decision is due for publication a number of working days after its meeting"
                            + " (10 for the DAG), weekends and England and Wales bank holidays"
                            + " excluded. Markdown lists the overdue and the due soon; CSV and"
                            + " JSON every decision with its status. Exit code 0 either way.")
    static final class Overdue implements Callable<Integer> {

        @ParentCommand private DecisionsCommand decisions;

        @Spec private CommandSpec spec;

        @Option(
                names = "--on",
                paramLabel = "DATE",
                description = "The day to report on, yyyy-mm-dd (default: today).")
        private String on;

        @Option(
                names = {"-f", "--format"},
                paramLabel = "FORMAT",
                description = "md (default), csv or json.")
        private String format;

        @Option(
                names = "--working-days",
                paramLabel = "N",
                defaultValue = "10",
                description = "Working days after the meeting to publish in (default: 10).")
        private int workingDays;

        @Option(
                names = "--bank-holidays",
                paramLabel = "FILE",
                description =
                        "A CSV file (date,title) of bank holidays to add to those the registry"
                                + " ships (England and Wales, 2021 to 2030).")
        private Path bankHolidays;

        @Override
        public Integer call() {
            String chosen = format == null ? "md" : format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("md", "csv", "json").contains(chosen)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "Unknown format '" + format + "': expected md, csv or json");
            }
            if (workingDays < 0) {
                throw new ParameterException(
                        spec.commandLine(), "--working-days must not be negative: " + workingDays);
            }
            LocalDate day = day();
            WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
            if (bankHolidays != null) {
                calendar = calendar.withHolidaysFrom(bankHolidays);
            }
            PublicationRule rule = new PublicationRule(calendar, workingDays, 3);
            try (Registry store = decisions.registry.openExisting()) {
                PublicationReport report = DecisionPublications.of(store, rule).report(day);
                PrintWriter out = spec.commandLine().getOut();
                switch (chosen) {
                    case "csv" -> out.print(report.toCsv());
                    case "json" ->
                            out.println(
                                    Json.write(
                                            PublicationResponse.of(
                                                    report, List.of(PublicationStatus.values()))));
                    default -> out.print(report.toMarkdown());
                }
                out.flush();
            }
            return ExitCodes.OK;
        }

        private LocalDate day() {
            if (on == null) {
                return LocalDate.now();
            }
            try {
                return LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                throw new ParameterException(
                        spec.commandLine(), "--on '" + on + "' is not a date like 2026-12-31");
            }
        }
    }
}
