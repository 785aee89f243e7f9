package org.designregistry.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one {@link RdfSource} into an in-memory graph or dataset, turning Jena's errors into ours.
 */
final class SourceParser {

    private static final Logger LOG = LoggerFactory.getLogger(RdfSource.class);

    private SourceParser() {}

    /** Parses the default graph of the source; a named graph is refused. */
    static Graph parse(RdfSource source) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        parseInto(source, new DefaultGraphOnly(StreamRDFLib.graph(graph), source.name()));
        return graph;
    }

    /** Parses the source's default graph and named graphs, with its prefixes. */
    static DatasetGraph parseDataset(RdfSource source) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        parseInto(source, StreamRDFLib.dataset(dataset));
        return dataset;
    }

    private static void parseInto(RdfSource source, StreamRDF destination) {
        String name = source.name();
        try (InputStream in = source.open()) {
            RDFParserBuilder parser =
                    RDFParser.source(in).lang(source.lang()).errorHandler(new Errors(name));
            source.baseIri().ifPresent(parser::base);
            parser.parse(destination);
        } catch (IOException | UncheckedIOException e) {
            throw new RegistryException("Cannot read " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw translate(name, e);
        }
    }

    /**
     * Returns our exception for what the parser threw. Some parsers wrap the error handler's
     * exception (the JSON-LD and RDF/XML parsers run it inside their own libraries), so the cause
     * chain is searched for the position.
     */
    private static RuntimeException translate(String name, RuntimeException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RegistryException registryException) {
                return registryException;
            }
            if (t instanceof RiotParseException parse) {
                return new RdfParseException(
                        name, parse.getLine(), parse.getCol(), parse.getOriginalMessage());
            }
        }
        if (thrown instanceof RiotException) {
            return new RdfParseException(name, -1, -1, String.valueOf(thrown.getMessage()));
        }
        return new RegistryException("Cannot read " + name + ": " + thrown, thrown);
    }

    /** Throws on errors with their position, logs warnings with the source's name. */
    private record Errors(String name) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}: {}", RdfParseException.position(name, line, col), message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }

    /** Passes triples and default-graph quads on; refuses quads in a named graph. */
    private static final class DefaultGraphOnly extends StreamRDFWrapper {
        private final String name;

        DefaultGraphOnly(StreamRDF destination, String name) {
            super(destination);
            this.name = name;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.isDefaultGraph()) {
                throw new RegistryException(
                        "Cannot read "
                                + name
                                + " as one graph: it has a named graph "
                                + NodeFmtLib.strNT(quad.getGraph()));
            }
            triple(quad.asTriple());
        }
    }
}
