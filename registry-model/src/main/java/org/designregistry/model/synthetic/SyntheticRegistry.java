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
 * each is copied k times (copy 0 keeps its IRI; copy b gets {@code -xb} after its IRI, {@code (copy
 * b)} after its label, and an identifier of the same form as the original's, its number raised by b
 * thousands for a three-digit one: DI-037 becomes DI-1037; see {@link #copyIdentifier}). Each copy
 * states what the original states: literals and links to concepts and classes unchanged, and every
 * link to another data resource rewired to a copy of that resource: for each pair of linked
 * originals, copy b of one links to copy b + r (modulo k) of the other, r drawn from the seed for
 * that pair, and the other's copies link back by the same rotation. So every kind has exactly k
 * times the sample's resources, every relation k times its links, every resource exactly its
 * original's out-degree and in-degree per relation, a link stated both ways stays mutual, and what
 * a shape asks of a resource's neighbours (an approving decision made by a body of the right level)
 * holds for every copy as for its original: the copy of a valid registry is valid, and the sample's
 * hubs (such as DI-037, carried by 26 interfaces) stay hubs. Scale 1 gives the sample back. The
 * blocks are wired into one another, not k disjoint copies, so a walk from a hub spreads across the
 * whole registry.
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
        for (int b = 0; b < scale; b++) {
            for (List<Triple> triples : bySubject.values()) {
                Node subject = copy(triples.get(0).getSubject(), b);
                for (Triple t : triples) {
                    Node o = t.getObject();
                    Node object;
                    if (o.isURI() && resources.contains(o)) {
                        object = copy(o, linkedBlock(t.getSubject(), o, b));
                    } else if (b > 0
                            && o.isLiteral()
                            && t.getPredicate().equals(DCTerms.identifier.asNode())) {
                        object = NodeFactory.createLiteralString(copyIdentifier(o, b));
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

    /**
     * Returns the identifier of copy {@code block} (1 or more) of a resource: the number at the end
     * of the original's raised by the block times the power of ten above it, so that DI-037 becomes
     * DI-1037, DI-2037, ... and DES138 DES1138 (the same prefix, as many digits or more, unique per
     * block, and valid wherever the original is under the shapes' identifier patterns); an
     * identifier that does not end in digits gets {@code -X} and the block, as an artefact code
     * may.
     */
    static String copyIdentifier(Node identifier, int block) {
        String text = identifier.getLiteralLexicalForm();
        int digits = text.length();
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        String number = text.substring(digits);
        if (number.isEmpty() || number.length() > 12) {
            return text + "-X" + block;
        }
        long power = 1;
        for (int i = 0; i < number.length(); i++) {
            power *= 10;
        }
        return text.substring(0, digits) + (block * power + Long.parseLong(number));
    }

    /**
     * Returns the block of the copy of {@code object} that copy {@code block} of {@code subject}
     * links to: a rotation of the blocks drawn from the seed and the pair, the same whichever of
     * the two states the link, so that each copy of either end has exactly one link from the
     * other's copies.
     */
    private int linkedBlock(Node subject, Node object, int block) {
        if (scale == 1) {
            return 0;
        }
        String s = subject.getURI();
        String o = object.getURI();
        boolean forward = s.compareTo(o) <= 0;
        String low = forward ? s : o;
        String high = forward ? o : s;
        long pair = seed * 0x9E3779B97F4A7C15L + 31L * low.hashCode() + high.hashCode();
        int rotation = new SplittableRandom(pair).nextInt(scale);
        return Math.floorMod(forward ? block + rotation : block - rotation, scale);
    }

    private static Node copy(Node resource, int block) {
        return block == 0 ? resource : NodeFactory.createURI(resource.getURI() + "-x" + block);
    }
}
