package org.designregistry.model.resource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.resource.ResourceDraft.LinkInput;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Generic reads and edits of registry resources, whatever their kind: lists with filters, labelled
 * descriptions, linked-data graphs, and validated edits with optimistic concurrency.
 *
 * <p>Every read is one read transaction. Every edit is one write transaction, checked against the
 * SHACL shapes and the editor's {@link WriteRights} before it commits (see {@link
 * ValidatedWrites}); an edit of an existing resource names the {@link ResourceDescription#version()
 * version} it was made from, and is refused if the resource has changed since. New resources get
 * the IRI {@code <baseIri><kind>/<identifier>}, as the MHHS sample's {@code
 * https://registry.mhhs.example/id/artefact/DES138}.
 *
 * <pre>{@code
 * Resources resources = Resources.of(registry, "https://registry.mhhs.example/id/");
 * ResourceDescription des138 = resources.describe(Ref.parse("DES138"));
 * resources.addLink(des138.iri(), des138.version(), new LinkInput("dr:dependsOn", "DES140"));
 * }</pre>
 */
public final class Resources {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

    private final Registry registry;
    private final String baseIri;
    private final WriteRights rights;
    private final Graph terms;

    private Resources(Registry registry, String baseIri, WriteRights rights) {
        this.registry = registry;
        this.baseIri = baseIri;
        this.rights = rights;
        this.terms = RegistryOntology.terms().getGraph();
    }

    /**
     * Returns the resources of a registry, minting new IRIs under {@code baseIri}; its edits may
     * change anything, decisions included.
     *
     * @throws RegistryException if the base is not an absolute IRI ending in {@code /}
     */
    public static Resources of(Registry registry, String baseIri) {
        return of(registry, baseIri, WriteRights.unrestricted());
    }

    /**
     * Returns the resources of a registry, minting new IRIs under {@code baseIri}, whose edits
     * change decisions only when {@code rights}, asked on the editing thread, allow it.
     *
     * @throws RegistryException if the base is not an absolute IRI ending in {@code /}
     */
    public static Resources of(Registry registry, String baseIri, WriteRights rights) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(rights, "rights");
        if (!baseIri.endsWith("/") || !Names.looksLikeIri(baseIri)) {
            throw new RegistryException(
                    "Invalid base IRI '" + baseIri + "': expected an absolute IRI ending in /");
        }
        return new Resources(registry, baseIri, rights);
    }

    /** Returns the base under which resource IRIs are minted, ending in {@code /}. */
    public String baseIri() {
        return baseIri;
    }

    /** Returns the IRI a resource of this kind and identifier has: {@code <base><kind>/<id>}. */
    public String iriOf(Ref.Kind kind, String identifier) {
        return baseIri + kind.kindName() + "/" + identifier;
    }

    /** Returns one page of the resources the query matches, with the total count. */
    public ResourcePage list(ResourceQuery query) {
        Objects.requireNonNull(query, "query");
        return read(
                reader -> {
                    List<ResourceSummary> matching =
                            new DescriptionReader(reader)
                                    .summaries(query.kind()).stream()
                                            .filter(filter(reader, query))
                                            .sorted(DescriptionReader.SUMMARY_ORDER)
                                            .toList();
                    long from = (long) query.page() * query.size();
                    List<ResourceSummary> items =
                            matching.stream().skip(from).limit(query.size()).toList();
                    return new ResourcePage(items, query.page(), query.size(), matching.size());
                });
    }

    /** Returns the description of the resource with this IRI, or empty if the data has none. */
    public Optional<ResourceDescription> describe(String iri) {
        Objects.requireNonNull(iri, "iri");
        return read(reader -> new DescriptionReader(reader).describe(NodeFactory.createURI(iri)));
    }

    /**
     * Returns the description of the resource with this IRI as it was just after change {@code
     * change} of the {@link org.designregistry.model.history.ChangeHistory history} (0: before the
     * first), or empty if the data did not describe it then. Its own properties, the links to and
     * from it, and the labels and types of the resources it links to are as they were.
     *
     * @throws RegistryException if there is no such change
     */
    public Optional<ResourceDescription> describeAsOf(String iri, long change) {
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        return registry.history()
                .readAsOf(change, iri, data -> new DescriptionReader(reader(data)).describe(node));
    }

    /**
     * Returns the description of the resource with this IRI in {@code data}, a graph of the
     * registry as it was (such as a baseline's), or empty if it does not describe it; call inside
     * the read transaction {@code data} belongs to.
     */
    public Optional<ResourceDescription> describeIn(Graph data, String iri) {
        Objects.requireNonNull(data, "data");
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        return new DescriptionReader(reader(data)).describe(node);
    }

    /**
     * Returns the linked-data view of a resource (as {@link #linkedData}) as it was just after
     * change {@code change}, or empty if the data did not describe it then.
     *
     * @throws RegistryException if there is no such change
     */
    public Optional<Graph> linkedDataAsOf(String iri, long change) {
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        return registry.history()
                .readAsOf(
                        change,
                        iri,
                        data -> {
                            ResourceReader reader = reader(data);
                            if (!reader.isDescribed(node)) {
                                return Optional.empty();
                            }
                            Graph graph = GraphMemFactory.createDefaultGraph();
                            graph.getPrefixMapping().setNsPrefixes(RegistryPrefixes.mapping());
                            new DescriptionReader(reader).linkedData(node).forEach(graph::add);
                            return Optional.of(graph);
                        });
    }

    /**
     * Returns the description of the resource a reference names.
     *
     * @throws ResourceNotFoundException if none matches
     * @throws RegistryException if several match
     */
    public ResourceDescription describe(Ref ref) {
        String iri = resolve(ref);
        return describe(iri).orElseThrow(() -> notFound(ref.toString()));
    }

    /**
     * Returns the IRI of the resource a reference names.
     *
     * @throws ResourceNotFoundException if none matches
     * @throws RegistryException if several match, naming them
     */
    public String resolve(Ref ref) {
        Objects.requireNonNull(ref, "ref");
        return registry.catalog()
                .resolve(ref)
                .map(ResourceRef::iri)
                .orElseThrow(() -> notFound(ref.toString()));
    }

    /**
     * Returns the linked-data view of a resource, or empty if the data does not describe it: every
     * triple it is the subject of, and a label ({@code rdfs:label}, else {@code skos:prefLabel},
     * else {@code dcterms:title}) for each IRI it links to, with the registry prefixes.
     */
    public Optional<Graph> linkedData(String iri) {
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        return read(
                reader -> {
                    if (!reader.isDescribed(node)) {
                        return Optional.empty();
                    }
                    Graph graph = GraphMemFactory.createDefaultGraph();
                    graph.getPrefixMapping().setNsPrefixes(RegistryPrefixes.mapping());
                    new DescriptionReader(reader).linkedData(node).forEach(graph::add);
                    return Optional.of(graph);
                });
    }

    /**
     * Creates a resource of the draft's kind with the IRI {@code <base><kind>/<identifier>}, its
     * class, identifier, label, values and links, and returns its description.
     *
     * @throws ResourceExistsException if the data already describes that IRI
     * @throws ShapeViolationException if it would break the shapes; nothing is stored
     * @throws DecisionWriteRefusedException if it changes a decision and the rights do not allow
     *     that; nothing is stored
     * @throws TermTooLongException if the identifier is longer than the registry's limit, checked
     *     before anything else, or a value is over a limit
     * @throws RegistryException if the draft lacks its kind, identifier or label, or a name or link
     *     target does not resolve
     */
    public ResourceDescription create(ResourceDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Ref.Kind kind =
                draft.kind()
                        .orElseThrow(
                                () ->
                                        new RegistryException(
                                                "Missing kind: give one of " + kindNames()));
        String identifier =
                draft.identifier()
                        .orElseThrow(
                                () ->
                                        new RegistryException(
                                                "Missing identifier: give the new resource's"
                                                        + " dcterms:identifier"));
        // Before anything else: the identifier goes into the IRI, messages and a Location header.
        registry.termLimits().checkIdentifier(identifier);
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new RegistryException(
                    "Invalid identifier '"
                            + identifier
                            + "': use letters, digits, '.', '_', '~' and '-', starting with a"
                            + " letter or digit");
        }
        Node node = NodeFactory.createURI(iriOf(kind, identifier));
        List<Triple> triples = DraftTriples.of(node, draft, targets(draft.links()));
        ValidatedWrites.update(
                registry,
                rights,
                model -> {
                    Graph data = model.getGraph();
                    if (data.contains(node, Node.ANY, Node.ANY)) {
                        throw new ResourceExistsException(
                                "A resource "
                                        + node.getURI()
                                        + " exists already: edit it, or choose another"
                                        + " identifier");
                    }
                    data.add(node, RDF.type.asNode(), NodeFactory.createURI(kind.classIri()));
                    data.add(
                            node,
                            DCTerms.identifier.asNode(),
                            NodeFactory.createLiteralString(identifier));
                    triples.forEach(data::add);
                });
        return describe(node.getURI()).orElseThrow();
    }

    /**
     * Replaces what a resource states (its label, values and links) by a draft, keeping its types,
     * identifier, blank-node values (which a draft cannot state) and the links of other resources
     * to it; a label whose text the draft leaves unchanged keeps its language tag. Returns the new
     * description.
     *
     * @param version the version the draft was made from
     * @throws ResourceNotFoundException if the data does not describe the IRI
     * @throws StaleVersionException if the resource has changed since that version
     * @throws ShapeViolationException if it would break the shapes; nothing is stored
     * @throws DecisionWriteRefusedException if it changes a decision and the rights do not allow
     *     that; nothing is stored
     * @throws RegistryException if the draft names another kind or identifier, or a name or link
     *     target does not resolve
     */
    public ResourceDescription replace(String iri, String version, ResourceDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        List<Triple> triples = DraftTriples.of(node, draft, targets(draft.links()));
        edit(
                node,
                version,
                data -> {
                    checkSameIdentity(data, node, draft);
                    Optional<Node> sameLabel = storedLabel(data, node, draft.label());
                    List<Triple> stated =
                            data.stream(node, Node.ANY, Node.ANY)
                                    .filter(t -> !keptOnReplace(t))
                                    .toList();
                    stated.forEach(data::delete);
                    for (Triple triple : triples) {
                        boolean label = triple.getPredicate().equals(RDFS.label.asNode());
                        data.add(
                                label && sameLabel.isPresent()
                                        ? Triple.create(node, RDFS.label.asNode(), sameLabel.get())
                                        : triple);
                    }
                });
        return describe(iri).orElseThrow();
    }

    /**
     * Deletes a resource: every triple it is the subject or object of.
     *
     * @param version the version the deletion was decided on
     * @throws ResourceNotFoundException if the data does not describe the IRI
     * @throws StaleVersionException if the resource has changed since that version
     * @throws DecisionWriteRefusedException if it changes a decision (deleting a decision, or an
     *     artefact a decision approved) and the rights do not allow that; nothing is deleted
     * @throws ShapeViolationException if other resources need it (such as the only owner of an
     *     artefact); nothing is deleted
     */
    public void delete(String iri, String version) {
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        edit(
                node,
                version,
                data -> {
                    List<Triple> all =
                            Stream.concat(
                                            data.stream(node, Node.ANY, Node.ANY),
                                            data.stream(Node.ANY, Node.ANY, node))
                                    .distinct()
                                    .toList();
                    all.forEach(data::delete);
                });
    }

    /**
     * Adds a link from a resource to another and returns the new description; adding a link that
     * exists changes nothing.
     *
     * @throws ResourceNotFoundException if the data does not describe the IRI or the target
     * @throws StaleVersionException if the resource has changed since that version
     * @throws ShapeViolationException if it would break the shapes; nothing is stored
     * @throws DecisionWriteRefusedException if it changes a decision and the rights do not allow
     *     that; nothing is stored
     */
    public ResourceDescription addLink(String iri, String version, LinkInput link) {
        Objects.requireNonNull(link, "link");
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        Triple triple = linkTriple(node, link);
        edit(node, version, data -> data.add(triple));
        return describe(iri).orElseThrow();
    }

    /**
     * Removes a link from a resource to another and returns the new description.
     *
     * @throws ResourceNotFoundException if the data does not describe the IRI, or has no such link
     * @throws StaleVersionException if the resource has changed since that version
     * @throws ShapeViolationException if it would break the shapes; nothing is stored
     * @throws DecisionWriteRefusedException if it changes a decision and the rights do not allow
     *     that; nothing is stored
     */
    public ResourceDescription removeLink(String iri, String version, LinkInput link) {
        Objects.requireNonNull(link, "link");
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        Triple triple = linkTriple(node, link);
        edit(
                node,
                version,
                data -> {
                    if (!data.contains(triple)) {
                        throw new ResourceNotFoundException(
                                "No link "
                                        + link.relation()
                                        + " from "
                                        + iri
                                        + " to "
                                        + link.target());
                    }
                    data.delete(triple);
                });
        return describe(iri).orElseThrow();
    }

    private Triple linkTriple(Node node, LinkInput link) {
        Node relation = Names.iri(link.relation(), "relation");
        return Triple.create(node, relation, targets(List.of(link)).get(link.target()));
    }

    /** Runs a change of an existing resource after checking the version it was made from. */
    private void edit(Node node, String version, Consumer<Graph> change) {
        Objects.requireNonNull(version, "version");
        ValidatedWrites.update(
                registry,
                rights,
                model -> {
                    Graph data = model.getGraph();
                    if (!node.isURI() || !data.contains(node, Node.ANY, Node.ANY)) {
                        throw notFound(node.getURI());
                    }
                    String current = Versions.of(data, node);
                    if (!current.equals(version)) {
                        throw new StaleVersionException(
                                "Resource "
                                        + node.getURI()
                                        + " has changed since version "
                                        + version
                                        + " (it is now at "
                                        + current
                                        + "): read it again and redo the edit");
                    }
                    change.accept(data);
                });
    }

    /** Resolves each link target, a reference or an IRI, to a resource the data describes. */
    private Map<String, Node> targets(List<LinkInput> links) {
        Map<String, Node> targets = new LinkedHashMap<>();
        for (LinkInput link : links) {
            if (link.target() == null || link.target().isBlank()) {
                throw new RegistryException(
                        "Missing target of link "
                                + link.relation()
                                + ": give a reference such as workstream:Smart, or an IRI");
            }
            targets.computeIfAbsent(link.target(), this::target);
        }
        return targets;
    }

    private Node target(String text) {
        String iri =
                Names.looksLikeIri(text)
                        ? Names.iri(text, "link target").getURI()
                        : resolve(Ref.parse(text));
        Node node = NodeFactory.createURI(iri);
        if (!read(reader -> reader.isDescribed(node))) {
            throw notFound(text);
        }
        return node;
    }

    /**
     * The stored label with the draft's text, so that a label the editor left alone keeps its
     * language tag (a draft's label is plain text); empty when the text changed.
     */
    private static Optional<Node> storedLabel(Graph data, Node node, String text) {
        String wanted = text == null ? "" : text.strip();
        return data.stream(node, RDFS.label.asNode(), Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .filter(l -> l.getLiteralLexicalForm().strip().equals(wanted))
                .findFirst();
    }

    /**
     * Types and the identifier are not a draft's to change; blank-node values are structures a
     * draft cannot state, so replacing keeps them rather than leave their triples orphaned.
     */
    private static boolean keptOnReplace(Triple triple) {
        Node predicate = triple.getPredicate();
        return predicate.equals(RDF.type.asNode())
                || predicate.equals(DCTerms.identifier.asNode())
                || triple.getObject().isBlank();
    }

    private void checkSameIdentity(Graph data, Node node, ResourceDraft draft) {
        ResourceSummary current = new DescriptionReader(reader(data)).summary(node);
        draft.kind()
                .filter(k -> current.kind().map(c -> c != k).orElse(true))
                .ifPresent(
                        k -> {
                            throw new RegistryException(
                                    "Kind "
                                            + k.kindName()
                                            + " does not match the resource's kind "
                                            + current.kind()
                                                    .map(Ref.Kind::kindName)
                                                    .orElse("(none)")
                                            + ": a resource's kind cannot change");
                        });
        draft.identifier()
                .filter(id -> !id.equals(current.identifier()))
                .ifPresent(
                        id -> {
                            throw new RegistryException(
                                    "Identifier "
                                            + id
                                            + " does not match the resource's identifier "
                                            + current.identifier()
                                            + ": an identifier cannot change");
                        });
    }

    private Predicate<ResourceSummary> filter(ResourceReader reader, ResourceQuery query) {
        Predicate<ResourceSummary> all = s -> true;
        if (query.workstream().isPresent()) {
            String wanted = query.workstream().get();
            all = all.and(s -> s.owners().stream().anyMatch(o -> matches(wanted, o)));
        }
        if (query.status().isPresent()) {
            String wanted = query.status().get();
            all = all.and(s -> s.status().filter(t -> matches(wanted, t)).isPresent());
        }
        if (query.phase().isPresent()) {
            String wanted = query.phase().get();
            all = all.and(s -> s.phase().filter(t -> matches(wanted, t)).isPresent());
        }
        if (query.type().isPresent()) {
            String wanted = query.type().get();
            all =
                    all.and(
                            s ->
                                    matches(wanted, s.type())
                                            || s.artefactType()
                                                    .filter(t -> matches(wanted, t))
                                                    .isPresent());
        }
        if (query.owner().isPresent()) {
            String wanted = query.owner().get();
            all =
                    all.and(
                            s -> {
                                Node node = NodeFactory.createURI(s.iri());
                                return Stream.of(
                                                s.owners(),
                                                reader.related(node, DR.producedBy, DR.produces),
                                                reader.related(node, DR.madeBy, DR.decided))
                                        .flatMap(List::stream)
                                        .anyMatch(o -> matches(wanted, o));
                            });
        }
        return all;
    }

    private static boolean matches(String wanted, Term term) {
        return !term.iri().isEmpty()
                && Stream.of(term.iri(), term.name(), Labels.localName(term.iri()), term.label())
                        .anyMatch(wanted::equalsIgnoreCase);
    }

    private static boolean matches(String wanted, ResourceRef ref) {
        return Stream.concat(
                        Stream.of(ref.iri(), ref.identifier(), ref.label()),
                        ref.ref().map(Ref::toString).stream())
                .filter(s -> !s.isEmpty())
                .anyMatch(wanted::equalsIgnoreCase);
    }

    /** Runs a query in one read transaction over the data and the data joined with the terms. */
    private <T> T read(Function<ResourceReader, T> query) {
        return registry.read(model -> query.apply(reader(model.getGraph())));
    }

    private ResourceReader reader(Graph data) {
        return new ResourceReader(new Union(data, terms), data);
    }

    private static ResourceNotFoundException notFound(String what) {
        return new ResourceNotFoundException("No resource matches '" + what + "'");
    }

    private static String kindNames() {
        return String.join(
                ", ",
                Arrays.stream(Ref.Kind.values())
                        .map(k -> k.kindName().toLowerCase(Locale.ROOT))
                        .toList());
    }
}
