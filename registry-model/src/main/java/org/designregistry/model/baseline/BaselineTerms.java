package org.designregistry.model.baseline;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.ontology.DR;

/** The terms a baseline's resource is described with, and the grammar of baseline names. */
final class BaselineTerms {

    static final Node TYPE = RDF.type.asNode();
    static final Node BASELINE = DR.Baseline.asNode();
    static final Node FROZEN_AT = DR.frozenAtChange.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node IDENTIFIER = DCTerms.identifier.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node CREATED = DCTerms.created.asNode();
    static final Node CREATOR = DCTerms.creator.asNode();
    static final Node APPROVED_BY = DR.approvedBy.asNode();
    static final Node HISTORY_GRAPH = NodeFactory.createURI("urn:x-design-registry:changes");

    /** The longest baseline name, in characters. */
    static final int MAX_NAME = 100;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BaselineTerms() {}

    /**
     * Returns the identifier a baseline name stands for: the name with each run of spaces made one
     * hyphen, so that {@code Design Baseline 1} and {@code Design-Baseline-1} name the same one.
     *
     * @throws RegistryException if the name is blank, too long or holds a colon
     */
    static String identifier(String name) {
        if (name == null || name.isBlank()) {
            throw new RegistryException("A baseline needs a name, such as 'Design Baseline 1'");
        }
        String identifier = SPACES.matcher(name.strip()).replaceAll("-");
        if (identifier.length() > MAX_NAME) {
            throw new RegistryException(
                    "The baseline name is "
                            + identifier.length()
                            + " characters long; the limit is "
                            + MAX_NAME);
        }
        if (identifier.indexOf(':') >= 0 || identifier.indexOf('/') >= 0) {
            throw new RegistryException(
                    "A baseline name may not hold ':' or '/' (it becomes the identifier of a"
                            + " reference, "
                            + Ref.GRAMMAR
                            + "): '"
                            + name.strip()
                            + "'");
        }
        return identifier;
    }
}
