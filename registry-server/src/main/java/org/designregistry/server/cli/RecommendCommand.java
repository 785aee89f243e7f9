package org.designregistry.server.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.governance.Recommendation;
import org.designregistry.model.governance.RecommendationDraft;
import org.designregistry.model.history.ChangeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code registry recommend SUBJECT... --to BODY --summary TEXT --proposal TEXT}: a working group's
 * recommendation to a body.
 */
@Command(
        name = "recommend",
        header = "Recommends artefacts (or change requests) to a body for decision.",
        description =
                "Submits the subjects, at the latest change, to the body: they go to In Review and"
                        + " the recommendation goes on the agenda of the body's next meeting."
                        + " Recorded as a change by cli:<your name>. Prints the recommendation's"
                        + " identifier. Refused, with nothing changed (exit code 3), when a"
                        + " subject awaits a decision already or cannot be recommended.")
final class RecommendCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "SUBJECT",
            description =
                    "The artefacts, change requests or governance documents: DES138,"
                            + " change-request:CR004 or an IRI.")
    private List<String> subjects;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "BODY",
            description = "The body that must decide, such as DAG.")
    private String body;

    @Option(
            names = "--summary",
            required = true,
            paramLabel = "TEXT",
            description = "What the recommendation is about.")
    private String summary;

    @Option(
            names = "--proposal",
            required = true,
            paramLabel = "TEXT",
            description = "What the working group recommends the body decide.")
    private String proposal;

    @Option(names = "--title", paramLabel = "TEXT", description = "The recommendation's name.")
    private String title;

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
        try (Registry store = registry.openExisting()) {
            WorkflowCli workflow = WorkflowCli.of(store, baseIri);
            RecommendationDraft draft =
                    new RecommendationDraft(
                            workflow.iri(body, Ref.Kind.BODY, "--to"),
                            subjects.stream()
                                    .map(s -> workflow.iri(s, Ref.Kind.ARTEFACT, "SUBJECT"))
                                    .toList(),
                            summary,
                            proposal,
                            Optional.ofNullable(title));
            String iri =
                    ChangeContext.callWith(
                            WorkflowCli.context(null),
                            () -> workflow.governance().submit(draft, WriteRights.unrestricted()));
            Recommendation rec = workflow.governance().recommendation(iri).orElseThrow();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Recommended %s to the %s as %s (%s).%n",
                            String.join(
                                    ", ",
                                    rec.subjects().stream()
                                            .map(s -> s.ref().identifier())
                                            .toList()),
                            rec.body().identifier(),
                            rec.ref().identifier(),
                            rec.meetingDate()
                                    .map(d -> "on the agenda of the meeting of " + d)
                                    .orElse("no meeting scheduled yet"));
        }
        return ExitCodes.OK;
    }
}
