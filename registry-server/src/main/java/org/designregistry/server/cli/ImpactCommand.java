package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.impact.ReportHeader;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.server.impact.ImpactRequest;
import org.designregistry.server.impact.ImpactResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry impact}: what a change to some resources touches, as Markdown, CSV or JSON. */
@Command(
        name = "impact",
        header = "Reports what a change to some resources touches.",
        description =
                "Walks the links that carry change (dr:changePropagates) from the given resources"
                        + " and reports each resource reached with the path that explains it, its"
                        + " owners and approvals, the decisions to revisit and who to involve.")
final class ImpactCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "REF",
            description =
                    "Resources to start from: [kind:]identifier (such as DI-037) or IRIs; give at"
                            + " least one, or --query.")
    private List<String> from;

    @Option(
            names = {"-q", "--query"},
            paramLabel = "TEXT",
            description =
                    "Also start from the best hits of this full-text search, such as \"GSP"
                            + " group\".")
    private String query;

    @Option(
            names = "--query-limit",
            paramLabel = "N",
            description = "Start from the best N search hits (default 10, at most 100).")
    private Integer queryLimit;

    @Option(
            names = "--direction",
            paramLabel = "DIR",
            description = "downstream (default), upstream or both.")
    private String direction;

    @Option(names = "--depth", paramLabel = "N", description = "Follow at most N links.")
    private Integer depth;

    @Option(
            names = "--relations",
            split = ",",
            paramLabel = "REL",
            description = "Follow only these relations, such as dr:carries,dr:uses.")
    private List<String> relations;

    @Option(
            names = "--types",
            split = ",",
            paramLabel = "TYPE",
            description = "Enter only resources of these classes, such as Interface.")
    private List<String> types;

    @Option(names = "--all-paths", description = "List every shortest path of each hit.")
    private boolean allPaths;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N hits.")
    private Integer limit;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "md (default), csv or json.")
    private String format;

    @Override
    public Integer call() {
        ImpactRequest.Format chosen;
        ImpactRequest request =
                new ImpactRequest(
                        from,
                        query,
                        queryLimit,
                        direction,
                        depth,
                        relations,
                        types,
                        allPaths,
                        limit);
        try (Registry store = registry.openExisting()) {
            ImpactReport report;
            try {
                chosen =
                        format == null
                                ? ImpactRequest.Format.MD
                                : ImpactRequest.Format.parse(format);
                if (chosen == ImpactRequest.Format.XLSX) {
                    throw new IllegalArgumentException(
                            "The xlsx format is a download of GET /api/impact; here use md, csv"
                                    + " or json");
                }
                report = ImpactAnalysis.of(store).analyse(request.toQuery());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            ReportHeader header =
                    new ReportHeader(Instant.now(), store.history().latest(), CliPrincipal.name());
            Set<String> throughSuspect = SuspectLinks.of(store).hitsThroughSuspectLinks(report);
            switch (chosen) {
                case MD -> out.print(report.toMarkdown(header, throughSuspect));
                case CSV -> out.print(report.toCsv(header, throughSuspect));
                case JSON -> out.println(Json.write(ImpactResponse.of(report, throughSuspect)));
                case XLSX -> throw new IllegalStateException("refused above");
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
