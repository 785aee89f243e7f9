package org.designregistry.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RegistryException;
import org.designregistry.model.resource.ResourceDraft.LinkInput;
import org.designregistry.model.resource.ResourceDraft.PropertyInput;

/**
 * Turns a draft into the triples it states about a resource. Link targets must have been resolved
 * to IRIs already, since that reads the store.
 */
final class DraftTriples {

    private DraftTriples() {}

    /**
     * Returns the label, values and links of a draft as triples about {@code subject}.
     *
     * @param targets the IRI each link target text resolves to
     * @throws RegistryException naming the field if a part is missing or malformed
     */
    static List<Triple> of(Node subject, ResourceDraft draft, Map<String, Node> targets) {
        List<Triple> triples = new ArrayList<>();
        if (draft.label() == null || draft.label().isBlank()) {
            throw new RegistryException("Missing label: every resource has an rdfs:label");
        }
        triples.add(
                Triple.create(
                        subject,
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralString(draft.label().strip())));
        for (PropertyInput input : draft.properties()) {
            triples.add(Triple.create(subject, property(input), value(input)));
        }
        for (LinkInput link : draft.links()) {
            Node relation = Names.iri(link.relation(), "relation");
            triples.add(Triple.create(subject, relation, targets.get(link.target())));
        }
        return triples;
    }

    private static Node property(PropertyInput input) {
        Node property = Names.iri(input.property(), "property");
        if (property.equals(RDFS.label.asNode())) {
            throw new RegistryException(
                    "Property rdfs:label is given by the field 'label', not in 'properties'");
        }
        if (property.equals(RDF.type.asNode())) {
            throw new RegistryException(
                    "Property rdf:type is given by the field 'kind' when the resource is created,"
                            + " and cannot be changed in 'properties'");
        }
        if (property.equals(DCTerms.identifier.asNode())) {
            throw new RegistryException(
                    "Property dcterms:identifier is given by the field 'identifier', not in"
                            + " 'properties'");
        }
        return property;
    }

    private static Node value(PropertyInput input) {
        String name = Names.name(Names.iri(input.property(), "property").getURI());
        boolean hasValue = input.value() != null;
        boolean hasIri = input.iri() != null && !input.iri().isBlank();
        if (hasValue == hasIri) {
            throw new RegistryException(
                    "Property "
                            + name
                            + ": give exactly one of 'value' (a literal) and 'iri' (a prefixed name"
                            + " or IRI)");
        }
        if (hasIri) {
            return Names.iri(input.iri(), "value of " + name);
        }
        boolean hasLanguage = input.language() != null && !input.language().isBlank();
        boolean hasDatatype = input.datatype() != null && !input.datatype().isBlank();
        if (hasLanguage && hasDatatype) {
            throw new RegistryException(
                    "Property " + name + ": give a language or a datatype, not both");
        }
        if (hasLanguage) {
            return NodeFactory.createLiteralLang(input.value(), input.language().strip());
        }
        if (!hasDatatype) {
            return NodeFactory.createLiteralString(input.value());
        }
        String datatypeIri = Names.iri(input.datatype(), "datatype of " + name).getURI();
        RDFDatatype datatype = TypeMapper.getInstance().getSafeTypeByName(datatypeIri);
        if (!datatype.isValid(input.value())) {
            throw new RegistryException(
                    "Property "
                            + name
                            + ": '"
                            + input.value()
                            + "' is not a valid "
                            + Names.name(datatypeIri));
        }
        return NodeFactory.createLiteralDT(input.value(), datatype);
    }
}
