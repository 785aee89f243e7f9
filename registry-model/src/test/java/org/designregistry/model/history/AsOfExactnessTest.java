package org.designregistry.model.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.resource.Resources;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry as of a change, read through the current store, against copies of the store taken
 * just after each change: the resource, its neighbours' labels and types, links added, removed and
 * restored, a neighbour retyped and one deleted.
 */
class AsOfExactnessTest {

    private static final String BASE = "https://registry.test/id/";
    private static final Node DES138 = uri("artefact/DES138");
    private static final Node DES140 = uri("artefact/DES140");
    private static final Node DES200 = uri("artefact/DES200");
    private static final Node BP001 = uri("process/BP001");
    private static final Node SMART = uri("workstream/Smart");
    private static final Node BPRWG = uri("body/BPRWG");
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DEPENDS_ON = DR.dependsOn.asNode();
    private static final Node ARTEFACT = DR.DesignArtefact.asNode();
    private static final Node PROCESS = DR.BusinessProcess.asNode();
    private static final List<Node> RESOURCES = List.of(DES140, DES138, DES200, BP001, SMART);

    @TempDir Path folder;

    private Registry registry;

    /** The registry graph copied just after each change, by change number. */
    private final Map<Long, Graph> copies = new TreeMap<>();

    @BeforeEach
    void makeChangesToAResourceAndItsNeighbours() {
        registry = Registries.connect(folder.resolve("store"));
        copy();
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
        copy();
        change(g -> relabel(g, DES138, "DES138 Interfaces"));
        change(
                g -> {
                    g.add(DES140, DEPENDS_ON, DES200);
                    g.add(DES200, TYPE, ARTEFACT);
                    g.add(DES200, LABEL, literal("DES200 Message Catalogue"));
                    g.add(DES200, DCTerms.identifier.asNode(), literal("DES200"));
                });
        change(
                g -> {
                    relabel(g, DES200, "DES200 Messages");
                    relabel(g, SMART, "Smart Metering");
                });
        change(
                g -> {
                    g.add(BP001, DEPENDS_ON, DES140);
                    g.delete(DES140, DEPENDS_ON, DES138);
                });
        change(
                g -> {
                    g.delete(DES200, TYPE, ARTEFACT);
                    g.add(DES200, TYPE, PROCESS);
                });
        change(
                g -> {
                    g.add(DES140, DEPENDS_ON, DES138);
                    g.delete(BP001, DEPENDS_ON, DES140);
                });
        change(g -> g.remove(DES200, Node.ANY, Node.ANY));
        change(g -> g.delete(DES140, DEPENDS_ON, DES200));
        change(
                g -> {
                    g.add(BPRWG, RDFS.comment.asNode(), literal("unrelated"));
                    relabel(g, DES138, "DES138 Interface List");
                });
        assertThat(copies).hasSize(11);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void describesAResourceAndItsNeighboursAsTheyWereAfterEachChange() {
        RegistryBrowser browser = RegistryBrowser.of(registry);
        Resources resources = Resources.of(registry, BASE);
        copies.forEach(
                (number, then) -> {
                    for (Node resource : RESOURCES) {
                        String iri = resource.getURI();
                        assertThat(browser.describeAsOf(iri, number))
                                .as("%s as of change %d", iri, number)
                                .isEqualTo(browser.describeIn(then, iri));
                        assertThat(resources.describeAsOf(iri, number))
                                .as("%s as of change %d", iri, number)
                                .isEqualTo(resources.describeIn(then, iri));
                    }
                });
    }

    @Test
    void findsEveryPatternAsTheGraphWasAfterEachChange() {
        List<Triple> patterns =
                List.of(
                        Triple.createMatch(DES140, null, null),
                        Triple.createMatch(null, null, DES140),
                        Triple.createMatch(DES200, null, null),
                        Triple.createMatch(null, null, DES200),
                        Triple.createMatch(null, DEPENDS_ON, DES138),
                        Triple.createMatch(DES138, LABEL, null),
                        Triple.createMatch(null, TYPE, PROCESS),
                        Triple.createMatch(null, null, ARTEFACT),
                        Triple.createMatch(null, LABEL, null),
                        Triple.createMatch(null, null, null));
        copies.forEach(
                (number, then) -> {
                    for (Triple pattern : patterns) {
                        List<Triple> found =
                                registry.history().readAsOf(number, g -> g.find(pattern).toList());
                        assertThat(found)
                                .as("%s as of change %d", pattern, number)
                                .containsExactlyInAnyOrderElementsOf(then.find(pattern).toList());
                    }
                });
    }

    @Test
    void rebuildsTheWholeRegistryAsItWasAfterEachChange() {
        copies.forEach(
                (number, then) ->
                        GraphAssertions.assertIsomorphic(
                                then, registry.history().registryAsOf(number)));
    }

    /** Makes one recorded change to the registry graph and copies the graph after it. */
    private void change(Consumer<Graph> edit) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> edit.accept(dataset.getDefaultGraph()));
        copy();
    }

    private void copy() {
        copies.put(registry.history().latest(), GraphAssertions.contents(registry));
    }

    private static void relabel(Graph graph, Node resource, String label) {
        graph.remove(resource, LABEL, Node.ANY);
        graph.add(resource, LABEL, literal(label));
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(BASE + path);
    }
}
