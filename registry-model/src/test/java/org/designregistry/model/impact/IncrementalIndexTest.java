package org.designregistry.model.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The impact index kept up to date from each write's changes is the index a rebuild of the data
 * gives: a property checked after seeded random writes that link, unlink, retype and relabel
 * resources, one or several commits at a time.
 */
class IncrementalIndexTest {

    private static final String EX = "https://example.org/id/";
    private static final List<Node> RELATIONS =
            List.of(
                    DR.dependsOn.asNode(),
                    DR.carries.asNode(),
                    DR.carriedBy.asNode(),
                    DR.uses.asNode(),
                    RDFS.seeAlso.asNode());
    private static final List<Node> TYPES =
            List.of(
                    DR.DesignArtefact.asNode(),
                    DR.Interface.asNode(),
                    DR.DataItem.asNode(),
                    DR.BusinessProcess.asNode());

    private final Graph terms = RegistryOntology.terms().getGraph();
    private Registry registry;
    private ImpactAnalysis analysis;

    @BeforeEach
    void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("impact/graphs.ttl")));
        analysis = ImpactAnalysis.of(registry);
        analysis.index();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void keepsTheIndexEqualToARebuildAfterRandomWrites(long seed) {
        Random random = new Random(seed);
        List<Node> resources = new ArrayList<>();
        for (String id :
                List.of("C1", "C2", "C3", "C4", "DI-901", "IF-901", "IF-902", "BP901", "Y1")) {
            resources.add(NodeFactory.createURI(EX + id));
        }
        for (int i = 0; i < 12; i++) {
            resources.add(NodeFactory.createURI(EX + "R" + i));
        }
        for (int step = 0; step < 60; step++) {
            int commits = 1 + random.nextInt(3);
            for (int c = 0; c < commits; c++) {
                write(random, resources);
            }
            assertThat(describe(analysis.index()))
                    .as("seed %d, step %d", seed, step)
                    .isEqualTo(describe(rebuild()));
        }
    }

    @Test
    void rebuildsWhenAWriteAnnotatesARelation() {
        Node feeds = NodeFactory.createURI(EX + "feeds");
        Node a = NodeFactory.createURI(EX + "A");
        Node b = NodeFactory.createURI(EX + "B");
        Txn.executeWrite(
                registry.dataset(),
                () -> registry.dataset().getDefaultGraph().add(Triple.create(a, feeds, b)));
        assertThat(analysis.index().contains(EX + "A")).isFalse();

        Txn.executeWrite(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .add(
                                        Triple.create(
                                                feeds,
                                                DR.changePropagates.asNode(),
                                                DR.toObject.asNode())));

        assertThat(analysis.index().contains(EX + "A")).isTrue();
        assertThat(describe(analysis.index())).isEqualTo(describe(rebuild()));
    }

    @Test
    void keepsTheSameIndexWhenAWriteTouchesNoLink() {
        ImpactIndex before = analysis.index();
        Txn.executeWrite(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .add(
                                        Triple.create(
                                                NodeFactory.createURI(EX + "C1"),
                                                RDFS.comment.asNode(),
                                                NodeFactory.createLiteralString("a note"))));

        ImpactIndex after = analysis.index();
        assertThat(after.version()).isEqualTo(registry.version());
        assertThat(after.offsets(true)).isSameAs(before.offsets(true));
    }

    /** One commit of one to four random changes, straight to the store (no shapes). */
    private void write(Random random, List<Node> resources) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(
                dataset,
                () -> {
                    Graph data = dataset.getDefaultGraph();
                    int changes = 1 + random.nextInt(4);
                    for (int i = 0; i < changes; i++) {
                        Node s = pick(random, resources);
                        Node o = pick(random, resources);
                        switch (random.nextInt(6)) {
                            case 0, 1 -> data.add(Triple.create(s, pick(random, RELATIONS), o));
                            case 2 -> {
                                List<Triple> links =
                                        data.find(s, Node.ANY, Node.ANY)
                                                .filterKeep(
                                                        t -> RELATIONS.contains(t.getPredicate()))
                                                .toList();
                                if (!links.isEmpty()) {
                                    data.delete(links.get(random.nextInt(links.size())));
                                }
                            }
                            case 3 ->
                                    data.add(
                                            Triple.create(
                                                    s, RDF.type.asNode(), pick(random, TYPES)));
                            case 4 ->
                                    data.find(s, RDF.type.asNode(), Node.ANY).toList().stream()
                                            .findFirst()
                                            .ifPresent(data::delete);
                            default ->
                                    data.add(
                                            Triple.create(
                                                    s,
                                                    RDFS.label.asNode(),
                                                    NodeFactory.createLiteralString(
                                                            "label " + random.nextInt(100))));
                        }
                    }
                });
    }

    private ImpactIndex rebuild() {
        return Txn.calculateRead(
                registry.dataset(),
                () ->
                        IndexBuilder.build(
                                registry.dataset().getDefaultGraph(), terms, registry.version()));
    }

    /** Returns everything a walk can see of an index, as text that prints well on failure. */
    private static String describe(ImpactIndex index) {
        StringBuilder text = new StringBuilder();
        text.append(index.relations()).append('\n');
        for (int id = 0; id < index.nodeCount(); id++) {
            String iri = index.iri(id);
            text.append(iri.replace(EX, "ex:")).append(' ').append(index.typeOf(iri).orElse("-"));
            for (boolean downstream : new boolean[] {true, false}) {
                text.append(downstream ? " down[" : " up[");
                int[] offsets = index.offsets(downstream);
                for (int e = offsets[id]; e < offsets[id + 1]; e++) {
                    text.append(index.edgeRelations(downstream)[e])
                            .append(':')
                            .append(index.iri(index.targets(downstream)[e]).replace(EX, "ex:"))
                            .append(' ');
                }
                text.append(']');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Node pick(Random random, List<Node> nodes) {
        return nodes.get(random.nextInt(nodes.size()));
    }
}
