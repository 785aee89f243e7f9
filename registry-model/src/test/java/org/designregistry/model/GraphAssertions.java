package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/** Graph comparisons for tests: by isomorphism, printing both graphs as Turtle on failure. */
public final class GraphAssertions {

    private GraphAssertions() {}

    /** Asserts that two graphs are isomorphic, showing both as Turtle when they are not. */
    public static void assertIsomorphic(Graph expected, Graph actual) {
        assertThat(actual.isIsomorphicWith(expected))
                .as(
                        "graphs differ%n--- expected ---%n%s%n--- actual ---%n%s",
                        turtle(expected), turtle(actual))
                .isTrue();
    }

    /** Returns the graph of a classpath resource, its syntax from its extension. */
    public static Graph resource(String name) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        RDFParser.source(name).parse(graph);
        return graph;
    }

    /** Returns the graph parsed from bytes in a syntax. */
    public static Graph parse(byte[] bytes, Lang lang) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        InputStream in = new ByteArrayInputStream(bytes);
        RDFParser.source(in).lang(lang).parse(graph);
        return graph;
    }

    /** Returns a registry's data as an in-memory graph. */
    public static Graph contents(Registry registry) {
        return registry.read(
                model -> {
                    Graph copy = GraphMemFactory.createDefaultGraph();
                    model.getGraph().find().forEach(copy::add);
                    return copy;
                });
    }

    /** Returns a graph as Turtle. */
    public static String turtle(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }
}
