package org.designregistry.model.catalog;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.RegistryException;

/**
 * The typed, read-only view of a registry's domain resources: artefacts, processes, interfaces,
 * data items, requirements, decisions, workstreams and governing bodies, as records.
 *
 * <p>Each method runs in one read transaction and so sees one consistent snapshot. Lists are sorted
 * by identifier (decisions by date), then label and IRI, so that the order is stable. Relations are
 * read whichever way the data states them: an artefact approved by {@code dr:approvedBy} and one
 * named by a decision's {@code dr:approves} both appear in {@link Decision#approves()}.
 *
 * <pre>{@code
 * Catalog catalog = registry.catalog();
 * catalog.artefact("DES138").map(Artefact::title);          // "Interface List"
 * catalog.resolve(Ref.parse("interface:IF-041"));           // the interface IF-041
 * }</pre>
 */
public interface Catalog {

    /**
     * Returns a catalog over the default graph of a transactional dataset, read together with the
     * terms (ontology and concept schemes) that label concepts and give subclasses.
     */
    static Catalog over(DatasetGraph dataset, Graph terms) {
        return new GraphCatalog(dataset, terms);
    }

    /** Returns every design artefact, by identifier. */
    List<Artefact> artefacts();

    /**
     * Returns the design artefact with this identifier, such as {@code DES138}, if there is one.
     */
    Optional<Artefact> artefact(String identifier);

    /** Returns every business process, by identifier. */
    List<BusinessProcess> processes();

    /** Returns every interface, by identifier. */
    List<Interface> interfaces();

    /** Returns every data item, by identifier. */
    List<DataItem> dataItems();

    /** Returns every requirement, of any requirement class, by identifier. */
    List<Requirement> requirements();

    /** Returns every decision, by date, then label. */
    List<Decision> decisions();

    /** Returns every workstream, by identifier, then label. */
    List<Workstream> workstreams();

    /** Returns every governing body, working groups included, by identifier, then label. */
    List<Body> bodies();

    /**
     * Returns every resource a reference matches: those whose {@code dcterms:identifier} is the
     * reference's identifier and, if it names a kind, that are instances of the kind's class or a
     * subclass; sorted.
     */
    List<ResourceRef> find(Ref ref);

    /**
     * Returns the one resource a reference names, or empty when none matches.
     *
     * @throws RegistryException if several resources match, naming them as qualified references
     */
    Optional<ResourceRef> resolve(Ref ref);

    /**
     * Returns the one resource a reference in the grammar {@value Ref#GRAMMAR} names, or empty.
     *
     * @throws RegistryException if the text is not a reference, or several resources match
     */
    default Optional<ResourceRef> resolve(String ref) {
        return resolve(Ref.parse(ref));
    }
}
