package org.designregistry.model.synthetic;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Generates a synthetic registry with the shape of a sample registry, at a whole multiple of its
 * size, deterministically from a seed; for benchmarks of impact analysis and search.
 *
 * <pre>{@code
 * Graph mhhs = ...;                                       // the MHHS sample, loaded
 * Graph tenTimes = SyntheticRegistry.from(mhhs).scale(10).seed(42).toGraph();
 * }</pre>
 *
 * <p><b>How.</b> A data resource is any IRI that the sample gives an {@code rdf:type}. At scale k
 * each is copied k times (copy 0 keeps its IRI; copy b gets {@code -xb} after its IRI and its
 * identifier, and {@code (copy b)} after its label). Each copy states what the original states:
 * literals and links to concepts and classes unchanged, and every link to another data resource
 * rewired to a copy of that resource chosen at random among the k. So every kind has exactly k
 * times the sample's resources, every relation k times its links (less the rare duplicate a
 * rewiring makes), every resource exactly its original's out-degree per relation, and every
 * resource its original's in-degree per relation on average: the sample's hubs (such as DI-037,
 * carried by 26 interfaces) stay hubs. Scale 1 gives the sample back. The blocks are wired into one
 * another, not k disjoint copies, so a walk from a hub spreads across the whole registry.
 */
public final class SyntheticRegistry {

    private final Graph sample;
    private int scale = 1;
    private long seed = 1;

    private SyntheticRegistry(Graph sample) {
        this.sample = sample;
    }

    /** Returns a generator shaped like the sample's data graph (ontology terms not needed). */
    public static SyntheticRegistry from(Graph sample) {
        return new SyntheticRegistry(Objects.requireNonNull(sample, "sample"));
    }

    /**
     * Sets how many times the sample's size to generate; 1 by default.
     *
     * @throws IllegalArgumentException if it is not between 1 and 10,000
     */
    public SyntheticRegistry scale(int scale) {
        if (scale < 1 || scale > 10_000) {
            throw new IllegalArgumentException("The scale must be from 1 to 10000, not " + scale);
        }
        this.scale = scale;
        return this;
    }

    /** Sets the seed of the rewiring; the same sample, scale and seed give the same graph. */
    public SyntheticRegistry seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Returns the synthetic registry as an in-memory graph. */
    public Graph toGraph() {
        Graph graph = GraphMemFactory.createDefaultGraph();
        generate(StreamRDFLib.graph(graph));
        graph.getPrefixMapping().setNsPrefixes(sample.getPrefixMapping());
        return graph;
    }

    /** Writes the synthetic registry to {@code out} in a streaming syntax such as N-Triples. */
    public void write(OutputStream out, Lang lang) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, lang);
        stream.start();
        generate(stream);
        stream.finish();
    }

    /** Sends the synthetic registry's triples to a sink, in a fixed order. */
    public void generate(StreamRDF sink) {
        Set<Node> resources = new HashSet<>();
        sample.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .forEach(
                        t -> {
                            if (t.getSubject().isURI()) {
                                resources.add(t.getSubject());
                            }
                        });
        Map<String, List<Triple>> bySubject = new TreeMap<>();
        sample.find()
                .forEach(
                        t -> {
                            if (t.getSubject().isURI() && resources.contains(t.getSubject())) {
                                bySubject
                                        .computeIfAbsent(
                                                t.getSubject().getURI(), k -> new ArrayList<>())
                                        .add(t);
                            }
                        });
        Comparator<Triple> order =
                Comparator.comparing((Triple t) -> t.getPredicate().toString())
                        .thenComparing(t -> t.getObject().toString());
        bySubject.values().forEach(list -> list.sort(order));
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < scale; b++) {
            for (List<Triple> triples : bySubject.values()) {
                Node subject = copy(triples.get(0).getSubject(), b);
                for (Triple t : triples) {
                    Node o = t.getObject();
                    Node object;
                    if (o.isURI() && resources.contains(o)) {
                        object = copy(o, scale == 1 ? 0 : random.nextInt(scale));
                    } else if (b > 0
                            && o.isLiteral()
                            && t.getPredicate().equals(DCTerms.identifier.asNode())) {
                        object =
                                NodeFactory.createLiteralString(
                                        o.getLiteralLexicalForm() + "-x" + b);
                    } else if (b > 0
                            && o.isLiteral()
                            && t.getPredicate().equals(RDFS.label.asNode())) {
                        object =
                                NodeFactory.createLiteralLang(
                                        o.getLiteralLexicalForm() + " (copy " + b + ")",
                                        o.getLiteralLanguage());
                    } else {
                        object = o;
                    }
                    sink.triple(Triple.create(subject, t.getPredicate(), object));
                }
            }
        }
    }

    private static Node copy(Node resource, int block) {
        return block == 0 ? resource : NodeFactory.createURI(resource.getURI() + "-x" + block);
    }
}
