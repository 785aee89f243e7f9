package org.designregistry.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The registry ontology, its controlled vocabularies and its SHACL shapes, loaded from the
 * classpath.
 *
 * <p>Each call parses the Turtle afresh and returns a new, independent model, so callers may change
 * what they get without affecting others.
 */
public final class RegistryOntology {

    /** Classpath location of the OWL ontology. */
    public static final String ONTOLOGY = "ontology/ontology.ttl";

    /**
     * Classpath location of the ArchiMate terms: a class per element type and a relation per
     * relationship type of ArchiMate 3.1, part of the ontology.
     */
    public static final String ARCHIMATE = "ontology/archimate.ttl";

    /**
     * The name of the graph that holds the ontology (with its ArchiMate terms) where the registry
     * serves its terms as named graphs, such as at its SPARQL endpoint.
     */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/design-registry/graph/ontology";

    /**
     * The name of the graph that holds the SKOS concept schemes, beside {@link #ONTOLOGY_GRAPH}.
     */
    public static final String VOCABULARIES_GRAPH =
            "https://w3id.org/design-registry/graph/vocabularies";

    /** Classpath location of the SKOS concept schemes. */
    public static final String VOCABULARIES = "ontology/vocabularies.ttl";

    /** Classpath locations of the SHACL shape files. */
    public static final List<String> SHAPES =
            List.of(
                    "ontology/shapes/common-shapes.ttl",
                    "ontology/shapes/artefact-shapes.ttl",
                    "ontology/shapes/design-shapes.ttl",
                    "ontology/shapes/governance-shapes.ttl",
                    "ontology/shapes/archimate-shapes.ttl");

    private RegistryOntology() {}

    /** Returns the OWL ontology alone, with its ArchiMate terms. */
    public static Model ontology() {
        return read(List.of(ONTOLOGY, ARCHIMATE));
    }

    /** Returns the SKOS concept schemes alone. */
    public static Model vocabularies() {
        return read(List.of(VOCABULARIES));
    }

    /**
     * Returns the ontology and the concept schemes in one model: the terms a registry is described
     * with.
     */
    public static Model terms() {
        return read(List.of(ONTOLOGY, ARCHIMATE, VOCABULARIES));
    }

    /** Returns all SHACL shapes as one graph. */
    public static Graph shapes() {
        return read(SHAPES).getGraph();
    }

    /** Returns the model parsed from the given classpath resources, in order. */
    static Model read(List<String> resources) {
        Model model = ModelFactory.createDefaultModel();
        for (String resource : resources) {
            try (InputStream in = open(resource)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(resource).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
            }
        }
        return model;
    }

    private static InputStream open(String resource) {
        InputStream in = RegistryOntology.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return in;
    }
}
