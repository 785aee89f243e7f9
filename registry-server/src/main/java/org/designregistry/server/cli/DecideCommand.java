package org.designregistry.server.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.governance.DecisionDraft;
import org.designregistry.model.governance.Outcome;
import org.designregistry.model.governance.Recommendation;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.ResourceNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry decide REC OUTCOME}: records a body's decision on a recommendation. */
@Command(
        name = "decide",
        header = "Records a body's decision on a recommendation.",
        description =
                "OUTCOME is one of the five of the terms of reference: accept, reject,"
                        + " refer-for-work (needs --rationale), accept-subject-to-work (needs"
                        + " --condition) or refer-to-psg (i to v also work). The subjects take the"
                        + " outcome's status; recorded as a change by cli:<your name>. Refused, with"
                        + " nothing changed (exit code 3), when it was decided already, when the"
                        + " body may not take it at that level (the message names the body that"
                        + " must), or when its subjects changed after the recommendation unless"
                        + " --acknowledge-changes is given.")
final class DecideCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "REC",
            description = "The recommendation, such as REC-001.")
    private String recommendation;

    @Parameters(index = "1", paramLabel = "OUTCOME", description = "What the body decided.")
    private String outcome;

    @Option(names = "--rationale", paramLabel = "TEXT", description = "Why.")
    private String rationale;

    @Option(
            names = "--condition",
            paramLabel = "TEXT",
            description = "A condition of accept-subject-to-work; repeat for each.")
    private List<String> conditions;

    @Option(
            names = "--by",
            paramLabel = "BODY",
            description = "The deciding body (default: the body it was submitted to).")
    private String body;

    @Option(
            names = "--level",
            paramLabel = "N",
            description = "The decision level, 1 to 4 (default: the deciding body's own).")
    private Integer level;

    @Option(
            names = "--meeting",
            paramLabel = "MEETING",
            description = "The meeting (default: the one whose agenda holds it).")
    private String meeting;

    @Option(
            names = "--date",
            paramLabel = "DATE",
            description = "The day of the decision, yyyy-mm-dd (default: the meeting's day).")
    private String date;

    @Option(
            names = "--acknowledge-changes",
            description =
                    "Decide on subjects that changed after the recommendation, as they are now.")
    private boolean acknowledgeChanges;

    @Option(
            names = "--base-iri",
            paramLabel = "IRI",
            description =
                    "The namespace of resource IRIs, as the server's registry.base-iri (default:"
                            + " "
                            + BaselineCommand.DEFAULT_BASE_IRI
                            + ").")
    private String baseIri;

    @Override
    public Integer call() {
        Outcome decided = usage(() -> Outcome.parse(outcome));
        Optional<LocalDate> day = day();
        try (Registry store = registry.openExisting()) {
            WorkflowCli workflow = WorkflowCli.of(store, baseIri);
            String rec = workflow.iri(recommendation, Ref.Kind.RECOMMENDATION, "REC");
            DecisionDraft draft =
                    usage(
                            () ->
                                    new DecisionDraft(
                                            rec,
                                            decided,
                                            Optional.ofNullable(body)
                                                    .map(
                                                            b ->
                                                                    workflow.iri(
                                                                            b,
                                                                            Ref.Kind.BODY,
                                                                            "--by")),
                                            Optional.ofNullable(level),
                                            Optional.ofNullable(meeting)
                                                    .map(
                                                            m ->
                                                                    workflow.iri(
                                                                            m,
                                                                            Ref.Kind.MEETING,
                                                                            "--meeting")),
                                            day,
                                            rationale,
                                            conditions == null ? List.of() : conditions,
                                            acknowledgeChanges));
            String decision =
                    ChangeContext.callWith(
                            WorkflowCli.context(null),
                            () -> workflow.governance().decide(draft, WriteRights.unrestricted()));
            Recommendation after = workflow.governance().recommendation(rec).orElseThrow();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Recorded %s on %s: %s; %s.%n",
                            WorkflowCli.identifier(decision),
                            after.ref().identifier(),
                            decided.label(),
                            String.join(
                                    ", ",
                                    after.subjects().stream()
                                            .map(
                                                    s ->
                                                            s.ref().identifier()
                                                                    + " "
                                                                    + s.status().label())
                                            .toList()));
        }
        return ExitCodes.OK;
    }

    /** Returns what {@code part} makes, its refusal of what was given a usage error (exit 2). */
    private <T> T usage(Supplier<T> part) {
        try {
            return part.get();
        } catch (ResourceNotFoundException e) {
            throw e;
        } catch (RegistryException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Optional<LocalDate> day() {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(), "--date '" + date + "' is not a date like 2027-01-13");
        }
    }
}
