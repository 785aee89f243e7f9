package org.designregistry.server.sparql;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.designregistry.ontology.RegistryOntology;

/**
 * The dataset a SPARQL query reads: the registry's dataset as it is (its default graph, the
 * registry graph, and its named graphs), with the ontology and the concept schemes beside them as
 * two more named graphs, {@value RegistryOntology#ONTOLOGY_GRAPH} and {@value
 * RegistryOntology#VOCABULARIES_GRAPH}. The terms come from the classpath, not the store, so no
 * write to the store can alter them; they are not in the default graph, so a query reads them with
 * {@code GRAPH}.
 *
 * <p>A {@link DatasetGraphWrapperView}, so that query engines do not unwrap it and miss the term
 * graphs.
 */
final class TermGraphs extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    /** The term graphs by name, parsed once. */
    static final Map<Node, Graph> GRAPHS =
            Map.of(
                    NodeFactory.createURI(RegistryOntology.ONTOLOGY_GRAPH),
                    new GraphReadOnly(RegistryOntology.ontology().getGraph()),
                    NodeFactory.createURI(RegistryOntology.VOCABULARIES_GRAPH),
                    new GraphReadOnly(RegistryOntology.vocabularies().getGraph()));

    private TermGraphs(DatasetGraph data) {
        super(data);
    }

    /** Returns the dataset with the term graphs beside the named graphs of {@code data}. */
    static DatasetGraph over(DatasetGraph data) {
        return new TermGraphs(data);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        Graph terms = GRAPHS.get(graphNode);
        return terms != null ? terms : super.getGraph(graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return GRAPHS.containsKey(graphNode) || super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.concat(
                super.listGraphNodes(),
                GRAPHS.keySet().stream()
                        .sorted(java.util.Comparator.comparing(Node::getURI))
                        .iterator());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && GRAPHS.containsKey(g)) {
            return terms(g, s, p, o).iterator();
        }
        if (g == null || g == Node.ANY || Quad.isUnionGraph(g)) {
            return Iter.concat(super.find(g, s, p, o), namedTerms(s, p, o));
        }
        return super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (g != null && GRAPHS.containsKey(g)) {
            return terms(g, s, p, o).iterator();
        }
        if (g == null || g == Node.ANY || Quad.isUnionGraph(g)) {
            return Iter.concat(super.findNG(g, s, p, o), namedTerms(s, p, o));
        }
        return super.findNG(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean contains(Quad quad) {
        return find(quad).hasNext();
    }

    private static Iterator<Quad> namedTerms(Node s, Node p, Node o) {
        return GRAPHS.keySet().stream()
                .sorted(java.util.Comparator.comparing(Node::getURI))
                .flatMap(g -> terms(g, s, p, o))
                .iterator();
    }

    private static Stream<Quad> terms(Node g, Node s, Node p, Node o) {
        return GRAPHS.get(g).stream(s, p, o).map(t -> Quad.create(g, t));
    }

    /** Returns the names of the term graphs, ontology first. */
    static List<String> names() {
        return List.of(RegistryOntology.ONTOLOGY_GRAPH, RegistryOntology.VOCABULARIES_GRAPH);
    }
}
