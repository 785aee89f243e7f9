package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Registry#affectedFocusNodes} on the MHHS sample: a change affects the focus nodes whose
 * validation reads it, however many links away, and falls back to the whole graph when it changes
 * the terms or is too large.
 */
class AffectedFocusNodesTest {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final Node DES138 = id("artefact/DES138");
    private static final Node DES900 = id("artefact/DES900");
    private static final Node DAG = id("body/DAG");
    private static final Node IF_001 = id("interface/IF-001");
    private static final Node OWNER = id("workstream/Elexon-Central-Systems");
    private static final Node PROVISIONAL = id("status/Provisional");

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        List<RdfSource> sources =
                new ArrayList<>(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        sources.add(RdfSource.classpath("validation/own-status.ttl"));
        registry.loadSources(sources);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void aChangedValueAffectsTheResourceItDescribes() {
        Triple title = Triple.create(DES138, DCTerms.title.asNode(), literal("Interfaces"));

        assertThat(affected(List.of(), List.of(title))).contains(Set.of(DES138));
    }

    @Test
    void aTripleThatNoShapeReadsAffectsNothing() {
        Triple comment = Triple.create(DES138, RDFS.comment.asNode(), literal("Checked"));

        assertThat(affected(List.of(), List.of(comment))).contains(Set.of());
    }

    @Test
    void aLinkStatedFromItsTargetAffectsTheResourceTheShapeReadsItFrom() {
        // OwnerShape's path is dr:ownedBy|^dr:ownerOf: DES138 reads this triple, IF-001 does not.
        Triple owner = Triple.create(IF_001, DR.ownerOf.asNode(), DES138);

        assertThat(affected(List.of(), List.of(owner))).contains(Set.of(DES138));
    }

    @Test
    void aBodysLevelAffectsTheArtefactsItsDecisionsApprovedTwoLinksAway() {
        List<Triple> level =
                Txn.calculateRead(
                        registry.dataset(),
                        () -> graph().find(DAG, DR.governanceLevel.asNode(), Node.ANY).toList());
        Triple lower = Triple.create(DAG, DR.governanceLevel.asNode(), level("Level4"));

        Set<Node> nodes = affected(level, List.of(lower)).orElseThrow();

        assertThat(nodes).contains(DAG, DES138, id("artefact/DES100"), id("artefact/BPM001"));
        // A decision reads its body's type, not its level.
        assertThat(nodes).doesNotContain(id("decision/DAG-2022-01-12-01"));
    }

    @Test
    void aTypeAffectsTheResourcesLinkingToIt() {
        Triple type = Triple.create(OWNER, RDF.Nodes.type, DR.Workstream.asNode());

        Set<Node> nodes = affected(List.of(type), List.of()).orElseThrow();

        assertThat(nodes).contains(OWNER, DES138).containsAll(ownedBy(OWNER));
    }

    @Test
    void aConceptsSchemeAffectsTheResourcesThatUseIt() {
        Triple scheme = Triple.create(PROVISIONAL, SKOS.inScheme.asNode(), DR.Statuses.asNode());

        assertThat(affected(List.of(scheme), List.of())).contains(Set.of(DES900));
    }

    @Test
    void aSubclassStatementIsValidatedOverTheWholeGraph() {
        Node kind = id("class/Kind");
        Triple subclass = Triple.create(kind, RDFS.subClassOf.asNode(), DR.Meeting.asNode());

        assertThat(affected(List.of(), List.of(subclass))).isEmpty();
    }

    @Test
    void aChangeToATermIsValidatedOverTheWholeGraph() {
        Triple note =
                Triple.create(DR.Workstream.asNode(), RDFS.comment.asNode(), literal("A team"));

        assertThat(affected(List.of(), List.of(note))).isEmpty();
    }

    @Test
    void moreChangedTriplesThanTheLimitAreValidatedOverTheWholeGraph() {
        List<Triple> comments = new ArrayList<>();
        for (int i = 0; i <= RegistryValidator.MAX_CHANGED_TRIPLES; i++) {
            comments.add(Triple.create(DES138, RDFS.comment.asNode(), literal("note " + i)));
        }

        assertThat(affected(List.of(), comments)).isEmpty();
        assertThat(affected(List.of(), comments.subList(1, comments.size()))).isPresent();
    }

    @Test
    void retypingMoreResourcesThanTheLimitIsValidatedOverTheWholeGraph() {
        List<Triple> types = new ArrayList<>();
        for (int i = 0; i <= RegistryValidator.MAX_AFFECTED_NODES; i++) {
            types.add(
                    Triple.create(id("workstream/W" + i), RDF.Nodes.type, DR.Workstream.asNode()));
        }
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> types.forEach(dataset.getDefaultGraph()::add));

        assertThat(affected(types, List.of())).isEmpty();
        assertThat(affected(types.subList(1, types.size()), List.of())).isPresent();
    }

    /** Returns the focus nodes that removing and adding these triples affects. */
    private Optional<Set<Node>> affected(List<Triple> removed, List<Triple> added) {
        DatasetGraph dataset = registry.dataset();
        dataset.begin(TxnType.WRITE);
        try {
            removed.forEach(dataset.getDefaultGraph()::delete);
            added.forEach(dataset.getDefaultGraph()::add);
            List<Triple> changed = new ArrayList<>(removed);
            changed.addAll(added);
            return registry.affectedFocusNodes(changed);
        } finally {
            dataset.abort();
            dataset.end();
        }
    }

    private Set<Node> ownedBy(Node workstream) {
        return Txn.calculateRead(
                registry.dataset(),
                () ->
                        graph().find(Node.ANY, DR.ownedBy.asNode(), workstream)
                                .mapWith(Triple::getSubject)
                                .toSet());
    }

    private Graph graph() {
        return registry.dataset().getDefaultGraph();
    }

    private static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private static Node level(String name) {
        return NodeFactory.createURI("https://w3id.org/design-registry/level/" + name);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
