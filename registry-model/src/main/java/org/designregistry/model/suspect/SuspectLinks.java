package org.designregistry.model.suspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.history.ChangeRecorder;
import org.designregistry.model.impact.ImpactReport;

/**
 * The suspect links of a registry: listed with filters, read per resource, counted, and cleared by
 * an editor with a comment, which is recorded as a change.
 *
 * <p>The links are marked by the registry itself, inside the write that makes them suspect (see
 * {@link SuspectMarker}), and kept as {@code dr:SuspectLink} records in the named graph {@value
 * #GRAPH_IRI}, where SPARQL reads them with {@code GRAPH}; clients cannot write that graph.
 *
 * <pre>{@code
 * SuspectLinks suspects = SuspectLinks.of(registry);
 * SuspectPage page = suspects.list(SuspectQuery.all());
 * long change = suspects.clear(List.of(page.items().get(0).id()), "Checked: the format still fits");
 * }</pre>
 */
public final class SuspectLinks {

    /** The IRI of the named graph that holds the suspect-link records. */
    public static final String GRAPH_IRI = SuspectTerms.GRAPH_IRI;

    /** The route of the change that records a clearing. */
    public static final String ROUTE = "suspect-review";

    /** The most links one clearing may name. */
    public static final int MAX_CLEAR = 500;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final Registry registry;
    private final DatasetGraph dataset;

    private SuspectLinks(Registry registry) {
        this.registry = registry;
        this.dataset = registry.dataset();
    }

    /** Returns the suspect links of a registry. */
    public static SuspectLinks of(Registry registry) {
        return new SuspectLinks(Objects.requireNonNull(registry, "registry"));
    }

    /** Returns how many links are suspect. */
    public long count() {
        return Txn.calculateRead(
                dataset,
                () ->
                        Iter.count(
                                dataset.find(
                                        SuspectTerms.GRAPH,
                                        Node.ANY,
                                        SuspectTerms.TYPE,
                                        SuspectTerms.SUSPECT_LINK)));
    }

    /** Returns one page of the suspect links the query matches, most recently marked first. */
    public SuspectPage list(SuspectQuery query) {
        Objects.requireNonNull(query, "query");
        long since = query.since().map(this::firstChange).orElse(0L);
        return Txn.calculateRead(
                dataset,
                () -> {
                    SuspectReader reader = new SuspectReader(dataset);
                    Predicate<SuspectLink> matches = filter(query, since, reader);
                    List<SuspectLink> found =
                            reader.all().stream()
                                    .filter(matches)
                                    .sorted(SuspectReader.NEWEST_FIRST)
                                    .toList();
                    int from = (int) Math.min((long) query.page() * query.size(), found.size());
                    int to = Math.min(from + query.size(), found.size());
                    return new SuspectPage(
                            found.subList(from, to), query.page(), query.size(), found.size());
                });
    }

    /** Returns the suspect links with the resource at either end, most recently marked first. */
    public List<SuspectLink> about(String iri) {
        Objects.requireNonNull(iri, "iri");
        return Txn.calculateRead(
                dataset, () -> new SuspectReader(dataset).about(NodeFactory.createURI(iri)));
    }

    /**
     * Returns the IRIs of the hits of an impact report with a path that runs through a suspect
     * link: two resources next to each other on the path joined by a link that is suspect, either
     * way round. Costs one read of the suspect links and one set lookup per step.
     */
    public Set<String> hitsThroughSuspectLinks(ImpactReport report) {
        Objects.requireNonNull(report, "report");
        Set<String> pairs =
                Txn.calculateRead(
                        dataset,
                        () -> {
                            Set<String> found = new HashSet<>();
                            dataset.find(
                                            SuspectTerms.GRAPH,
                                            Node.ANY,
                                            SuspectTerms.SUBJECT,
                                            Node.ANY)
                                    .forEachRemaining(
                                            q ->
                                                    dataset.find(
                                                                    SuspectTerms.GRAPH,
                                                                    q.getSubject(),
                                                                    SuspectTerms.OBJECT,
                                                                    Node.ANY)
                                                            .forEachRemaining(
                                                                    o ->
                                                                            found.add(
                                                                                    pair(
                                                                                            q.getObject()
                                                                                                    .getURI(),
                                                                                            o.getObject()
                                                                                                    .getURI()))));
                            return found;
                        });
        Set<String> through = new LinkedHashSet<>();
        if (pairs.isEmpty()) {
            return through;
        }
        for (ImpactReport.Hit hit : report.hits()) {
            for (ImpactReport.Path path : hit.paths()) {
                List<String> resources =
                        path.steps().stream()
                                .filter(st -> st.kind() == ImpactReport.StepKind.RESOURCE)
                                .map(ImpactReport.Step::iri)
                                .toList();
                for (int i = 1; i < resources.size(); i++) {
                    if (pairs.contains(pair(resources.get(i - 1), resources.get(i)))) {
                        through.add(hit.resource().iri());
                    }
                }
            }
        }
        return through;
    }

    /** The two ends of a link in a fixed order, so that either way round finds it. */
    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + ' ' + b : b + ' ' + a;
    }

    /**
     * Clears suspect links after review, all or none, as one recorded change (route {@value
     * #ROUTE}) by whoever writes on this thread ({@link ChangeContext}), with the comment as its
     * message; the change touches both ends of every link cleared, so it shows in their history.
     *
     * @param ids the links' ids, 1 to {@value #MAX_CLEAR}
     * @param comment why the links may stand, in the reviewer's words; not blank
     * @return the number of the change that records the clearing
     * @throws RegistryException if no id, too many, an id that is not 32 hex digits, or no comment
     * @throws SuspectLinkNotFoundException naming the ids that are not suspect; nothing is cleared
     */
    public long clear(List<String> ids, String comment) {
        Objects.requireNonNull(ids, "ids");
        if (comment == null || comment.isBlank()) {
            throw new RegistryException(
                    "Clearing a suspect link needs a comment: say why the link may stand");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            String clean = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
            if (!ID.matcher(clean).matches()) {
                throw new RegistryException(
                        "Invalid suspect link id '" + id + "': an id is 32 hexadecimal digits");
            }
            wanted.add(clean);
        }
        if (wanted.isEmpty() || wanted.size() > MAX_CLEAR) {
            throw new RegistryException(
                    "Name 1 to "
                            + MAX_CLEAR
                            + " suspect links to clear; "
                            + wanted.size()
                            + " given");
        }
        List<Node> ends = ends(wanted);
        ChangeContext who = ChangeContext.current();
        ChangeContext review =
                new ChangeContext(
                        who.principal(), ROUTE, Optional.of(comment), who.changeRequest());
        OptionalLong recorded =
                ChangeContext.callWith(
                        review,
                        () ->
                                SuspectMarker.permitting(
                                        () ->
                                                ChangeRecorder.recordingReviewOf(
                                                        ends,
                                                        () -> {
                                                            ChangeRecorder.clearRecorded();
                                                            Txn.executeWrite(
                                                                    dataset, () -> delete(wanted));
                                                            return ChangeRecorder.lastRecorded();
                                                        })));
        ChangeRecorder.clearRecorded();
        return recorded.orElseThrow(
                () -> new RegistryException("The clearing was not recorded; nothing was cleared"));
    }

    /** Returns both ends of every link named, throwing if any is not suspect. */
    private List<Node> ends(Set<String> ids) {
        return Txn.calculateRead(
                dataset,
                () -> {
                    List<String> missing = new ArrayList<>();
                    Set<Node> ends = new LinkedHashSet<>();
                    for (String id : ids) {
                        Node record = SuspectTerms.record(id);
                        List<Node> found = new ArrayList<>();
                        for (Node end : List.of(SuspectTerms.SUBJECT, SuspectTerms.OBJECT)) {
                            dataset.find(SuspectTerms.GRAPH, record, end, Node.ANY)
                                    .forEachRemaining(q -> found.add(q.getObject()));
                        }
                        if (found.isEmpty()) {
                            missing.add(id);
                        }
                        ends.addAll(found);
                    }
                    if (!missing.isEmpty()) {
                        throw new SuspectLinkNotFoundException(missing);
                    }
                    return List.copyOf(ends);
                });
    }

    /** Deletes the records, in the write transaction; throws if one went meanwhile. */
    private void delete(Set<String> ids) {
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Node record = SuspectTerms.record(id);
            if (!dataset.contains(SuspectTerms.GRAPH, record, SuspectTerms.TYPE, Node.ANY)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new SuspectLinkNotFoundException(missing);
        }
        for (String id : ids) {
            dataset.deleteAny(SuspectTerms.GRAPH, SuspectTerms.record(id), Node.ANY, Node.ANY);
        }
    }

    /** Returns the first change a since-bound admits: the number, or the change after a time. */
    private long firstChange(ChangeBound bound) {
        if (bound instanceof ChangeBound.Number number) {
            return number.number();
        }
        return ChangeHistory.of(registry).resolve(bound) + 1;
    }

    private static Predicate<SuspectLink> filter(
            SuspectQuery query, long since, SuspectReader reader) {
        Predicate<SuspectLink> p = link -> link.latestChange() >= since;
        if (query.kind().isPresent()) {
            String kind = query.kind().get().strip().toLowerCase(Locale.ROOT);
            Ref.Kind.fromName(kind)
                    .orElseThrow(
                            () ->
                                    new RegistryException(
                                            "Unknown kind '"
                                                    + query.kind().get()
                                                    + "': give a kind such as interface or"
                                                    + " data-item"));
            p = p.and(link -> isKind(link.subject(), kind) || isKind(link.object(), kind));
        }
        if (query.owner().isPresent()) {
            String owner = query.owner().get().strip();
            p = p.and(link -> link.owners().stream().anyMatch(o -> names(o, owner)));
        }
        if (query.workstream().isPresent()) {
            String workstream = query.workstream().get().strip();
            p =
                    p.and(
                            link ->
                                    List.of(link.subject(), link.object()).stream()
                                            .flatMap(
                                                    end ->
                                                            reader
                                                                    .owners(
                                                                            NodeFactory.createURI(
                                                                                    end.iri()))
                                                                    .stream())
                                            .anyMatch(o -> names(o, workstream)));
        }
        return p;
    }

    private static boolean isKind(ResourceRef ref, String kind) {
        return Ref.Kind.ofClass(ref.typeIri()).map(k -> k.kindName().equals(kind)).orElse(false);
    }

    /** Returns true when a filter value names the resource: its identifier or IRI. */
    private static boolean names(ResourceRef ref, String value) {
        return value.equalsIgnoreCase(ref.identifier()) || value.equals(ref.iri());
    }
}
