package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Which decisions are published, which are due and which are late: reads every {@code dr:Decision}
 * of a registry in one read transaction and counts its due date with a {@link PublicationRule}.
 *
 * <pre>{@code
 * PublicationReport report =
 *         DecisionPublications.of(registry, PublicationRule.designAdvisoryGroup(calendar))
 *                 .report(LocalDate.now(clock));
 * report.overdue().forEach(d -> System.out.println(d.decision().identifier() + " due " + d.due()));
 * }</pre>
 *
 * <p>A decision's clock starts at its meeting ({@code dr:madeAt}, whose {@code dcterms:date} is the
 * day) or, where no meeting is recorded, at the decision's own {@code dcterms:date}. It is
 * published when it has a {@code dcterms:issued} date (Dublin Core's "date of formal issuance").
 */
public final class DecisionPublications {

    private static final Comparator<DecisionPublication> BY_DUE_DATE =
            Comparator.comparing(DecisionPublication::due)
                    .thenComparing(DecisionPublication::decision);

    private final Registry registry;
    private final DatasetGraph dataset;
    private final Graph terms;
    private final PublicationRule rule;

    private DecisionPublications(Registry registry, PublicationRule rule) {
        this.registry = registry;
        this.dataset = registry.dataset();
        this.terms = new GraphReadOnly(RegistryOntology.terms().getGraph());
        this.rule = rule;
    }

    /** Returns the publication view of a registry under a rule. */
    public static DecisionPublications of(Registry registry, PublicationRule rule) {
        return new DecisionPublications(
                Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(rule, "rule"));
    }

    /** Returns every decision's publication status on {@code on}. */
    public PublicationReport report(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return Txn.calculateRead(
                dataset,
                () -> {
                    Graph graph = new GraphReadOnly(new Union(dataset.getDefaultGraph(), terms));
                    return report(new ResourceReader(graph, dataset.getDefaultGraph()), on);
                });
    }

    /**
     * Records that a decision was published on {@code date} ({@code dcterms:issued}, replacing an
     * earlier date), as one write checked and recorded like every other: a decision is changed, so
     * {@code rights} must allow the writer to record decisions.
     *
     * @throws DecisionWriteRefusedException if {@code rights} do not let the writer change
     *     decisions
     * @throws ResourceNotFoundException if {@code decisionIri} names no decision
     * @throws RegistryException if {@code date} is before the decision's meeting
     */
    public void markPublished(String decisionIri, LocalDate date, WriteRights rights) {
        Objects.requireNonNull(decisionIri, "decisionIri");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rights, "rights");
        ValidatedWrites.update(
                registry,
                rights,
                model -> {
                    Graph graph = new GraphReadOnly(new Union(model.getGraph(), terms));
                    ResourceReader reader = new ResourceReader(graph, model.getGraph());
                    Node decision = NodeFactory.createURI(decisionIri);
                    if (!reader.isA(decision, DR.Decision.getURI())) {
                        throw new ResourceNotFoundException("No decision " + decisionIri);
                    }
                    Optional<LocalDate> meeting = meetingDay(reader, decision);
                    if (meeting.isPresent() && date.isBefore(meeting.get())) {
                        throw new RegistryException(
                                "A decision cannot be published ("
                                        + date
                                        + ") before its meeting ("
                                        + meeting.get()
                                        + ")");
                    }
                    Resource subject = model.createResource(decisionIri);
                    subject.removeAll(DCTerms.issued);
                    subject.addLiteral(
                            DCTerms.issued,
                            model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
                });
    }

    private PublicationReport report(ResourceReader reader, LocalDate on) {
        List<DecisionPublication> scheduled = new ArrayList<>();
        List<PublicationReport.Unscheduled> unscheduled = new ArrayList<>();
        for (Node decision : reader.instances(DR.Decision.getURI())) {
            ResourceRef ref = reader.ref(decision);
            Optional<LocalDate> meeting = meetingDay(reader, decision);
            if (meeting.isEmpty()) {
                unscheduled.add(
                        new PublicationReport.Unscheduled(
                                ref,
                                "no date: give the decision a dcterms:date or a meeting"
                                        + " (dr:madeAt) that has one"));
                continue;
            }
            try {
                scheduled.add(schedule(reader, decision, ref, meeting.get(), on));
            } catch (RegistryException e) {
                unscheduled.add(new PublicationReport.Unscheduled(ref, e.getMessage()));
            }
        }
        scheduled.sort(BY_DUE_DATE);
        unscheduled.sort(Comparator.comparing(PublicationReport.Unscheduled::decision));
        return new PublicationReport(on, rule, scheduled, unscheduled);
    }

    private DecisionPublication schedule(
            ResourceReader reader,
            Node decision,
            ResourceRef ref,
            LocalDate meeting,
            LocalDate on) {
        LocalDate due = rule.dueDate(meeting);
        // A report on a past day shows the decision as it stood then: not yet published.
        Optional<LocalDate> published =
                reader.date(decision, DCTerms.issued).filter(day -> !day.isAfter(on));
        return new DecisionPublication(
                ref,
                reader.object(decision, DR.madeBy).map(reader::ref),
                reader.concept(decision, DR.decisionLevel).orElse(Concept.NONE),
                reader.concept(decision, DR.outcome).orElse(Concept.NONE),
                meeting,
                due,
                reader.date(decision, DR.publicationDue),
                published,
                rule.status(meeting, published, on),
                published.isPresent() ? 0 : rule.calendar().workingDaysBetween(on, due));
    }

    private static Optional<LocalDate> meetingDay(ResourceReader reader, Node decision) {
        return reader.object(decision, DR.madeAt)
                .flatMap(meeting -> reader.date(meeting, DCTerms.date))
                .or(() -> reader.date(decision, DCTerms.date));
    }
}
