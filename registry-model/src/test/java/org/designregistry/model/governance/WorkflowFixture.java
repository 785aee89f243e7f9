package org.designregistry.model.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.ontology.DR;

/**
 * An in-memory registry holding {@code governance/workflow.ttl}, its workflow on a clock fixed at
 * Wednesday 6 January 2027, and the people who take its steps: an editor and an approver.
 */
final class WorkflowFixture implements AutoCloseable {

    static final String BASE = "https://example.org/id/";
    static final String PSG = BASE + "body/PSG";
    static final String DAG = BASE + "body/DAG";
    static final String BPRWG = BASE + "body/BPRWG";
    static final String TDWG = BASE + "body/TDWG";
    static final String DAG_MEETING = BASE + "meeting/DAG-2027-01-13";
    static final String PSG_MEETING = BASE + "meeting/PSG-2027-01-20";
    static final String LARGE_SUPPLIERS = BASE + "constituency/large-suppliers";
    static final String SEAT = BASE + "post/DAG-large-supplier";
    static final LocalDate TODAY = LocalDate.of(2027, 1, 6);
    static final WriteRights EDITOR = () -> false;
    static final WriteRights APPROVER = () -> true;

    final Registry registry;
    final Governance governance;

    WorkflowFixture() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("governance/workflow.ttl")));
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        governance =
                Governance.of(
                        registry,
                        BASE,
                        PublicationRule.designAdvisoryGroup(WorkingDayCalendar.englandAndWales()),
                        clock);
    }

    static String artefact(String id) {
        return BASE + "artefact/" + id;
    }

    /** Returns what {@code work} returns, done by {@code user} through the REST API. */
    static <T> T as(String user, java.util.function.Supplier<T> work) {
        return ChangeContext.callWith(ChangeContext.of(user, ChangeContext.REST, null, null), work);
    }

    /** Submits the artefacts to the DAG as the editor edith; returns the recommendation's IRI. */
    String recommend(String... artefacts) {
        return recommendTo(DAG, artefacts);
    }

    String recommendTo(String body, String... artefacts) {
        List<String> subjects =
                java.util.Arrays.stream(artefacts).map(WorkflowFixture::artefact).toList();
        return as(
                "edith",
                () ->
                        governance.submit(
                                new RecommendationDraft(
                                        body,
                                        subjects,
                                        "Ready for approval",
                                        "Approve",
                                        Optional.empty()),
                                EDITOR));
    }

    /** Returns the status local name of an artefact, such as {@code InReview}. */
    String status(String id) {
        Node artefact = NodeFactory.createURI(artefact(id));
        return Txn.calculateRead(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .find(artefact, DR.status.asNode(), Node.ANY)
                                .next()
                                .getObject()
                                .getLocalName());
    }

    boolean holds(String subject, org.apache.jena.rdf.model.Property property, String object) {
        return Txn.calculateRead(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .contains(
                                        NodeFactory.createURI(subject),
                                        property.asNode(),
                                        NodeFactory.createURI(object)));
    }

    ChangeRecord latestChange() {
        return registry.history().get(registry.history().latest()).orElseThrow();
    }

    @Override
    public void close() {
        registry.close();
    }
}
