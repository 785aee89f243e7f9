package org.designregistry.model.changerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangePage;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.resource.ResourceNotFoundException;

/**
 * The registry's change requests: raise one against some resources with its impact assessment
 * frozen, compute the impact again to see what moved, triage each impacted item, assemble the
 * assessment pack, and list what a party has still to answer.
 *
 * <p><b>Why the assessment is frozen as data.</b> Raising a change request runs the impact engine
 * (downstream, over the relations that carry change, to {@link ChangeRequestSettings#depth()}
 * links) and stores the result on the change request as one JSON literal ({@code dr:frozenImpact}),
 * beside the number of the change it was computed on ({@code dr:assessedAtChange}). Stored, it
 * cannot move under the reviewers' feet: later writes change the graph, not the assessment, and
 * {@link #recompute} shows what they moved. One literal rather than triples per item, because the
 * items must not become links of the graph the impact engine walks (the change request would then
 * reach everything it assessed), must not be validated, indexed for search or shown as the change
 * request's properties item by item, and are only ever read whole; a compact form (each resource a
 * four-element array) keeps a few hundred items to tens of kilobytes, written once. Rebuilding the
 * graph as of that change from the history (as baselines do) would keep the data smaller, but the
 * engine's index serves only the live graph.
 *
 * <p><b>Triage</b> is one small JSON literal per item ({@code dr:triage}), replaced when the item
 * is marked again, so each mark is a change of a few triples in the history, with who made it.
 * Every step (raise, reassess, triage) is a recorded change carrying the change request's
 * identifier, so the history lists them with the changes made under it.
 *
 * <pre>{@code
 * ChangeRequests crs = ChangeRequests.of(registry, analysis, baseIri, ChangeRequestSettings.DEFAULTS);
 * ChangeRequest cr = crs.raise(new ChangeRequestDraft("Lengthen GSP Group ID", "New regions",
 *         Optional.empty(), Optional.empty(), List.of("DI-037"), Optional.empty()));
 * crs.triage(cr.identifier(), "IF-013", Verdict.IMPACTED, "Schema changes");
 * }</pre>
 */
public final class ChangeRequests {

    /** The route recorded for the changes that raise, reassess and triage change requests. */
    public static final String ROUTE = "change-request";

    /** How often a raise picks a number again when other writers took the ones it picked. */
    private static final int ATTEMPTS = 10;

    private final ChangeRequestStore store;
    private final ChangeRequestNumbers numbers;
    private final ImpactAssessor assessor;
    private final ChangeRequestSettings settings;

    private ChangeRequests(
            Registry registry,
            ImpactAnalysis analysis,
            String baseIri,
            ChangeRequestSettings settings) {
        this.store = new ChangeRequestStore(registry);
        this.numbers = new ChangeRequestNumbers(store, baseIri);
        this.assessor = new ImpactAssessor(analysis, registry.history());
        this.settings = settings;
    }

    /**
     * Returns the change requests of a registry, minting IRIs as {@code
     * <baseIri>change-request/CRnnn}.
     */
    public static ChangeRequests of(
            Registry registry,
            ImpactAnalysis analysis,
            String baseIri,
            ChangeRequestSettings settings) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(settings, "settings");
        return new ChangeRequests(registry, analysis, baseIri, settings);
    }

    /** Returns every change request, by identifier. */
    public List<ChangeRequest> list() {
        return store.read(ChangeRequestRecords::all);
    }

    /** Returns the change request with this identifier (such as {@code CR004}), if any. */
    public Optional<ChangeRequest> find(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return store.read(records -> records.named(identifier.strip()));
    }

    /**
     * Returns the change request with this identifier.
     *
     * @throws ResourceNotFoundException if there is none
     */
    public ChangeRequest get(String identifier) {
        return find(identifier)
                .orElseThrow(
                        () ->
                                new ResourceNotFoundException(
                                        "No change request '" + identifier + "' in the registry"));
    }

    /**
     * Raises a change request and returns it, with its impact assessed and frozen at the latest
     * change; recorded as a change (route {@value #ROUTE}) by whoever the thread's {@link
     * ChangeContext} names, carrying the new identifier. The identifier is the next number no
     * change request has or had (a deleted one's number is not given again); writers raising at the
     * same moment get different ones.
     *
     * @throws RegistryException if a resource it affects is not in the registry, the constituency
     *     is not one, or the identifiers CR001 to CR999 are all spent
     */
    public ChangeRequest raise(ChangeRequestDraft draft) {
        Objects.requireNonNull(draft, "draft");
        FrozenImpact impact = assessor.assess(draft.affects(), settings.depth());
        Instant now = settings.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate deadline =
                draft.deadline()
                        .orElseGet(
                                () ->
                                        settings.calendar()
                                                .addWorkingDays(
                                                        LocalDate.ofInstant(now, ZoneOffset.UTC),
                                                        settings.responseDays()));
        String raiser = draft.raiser().orElse(ChangeContext.current().principal());
        for (int attempt = 1; ; attempt++) {
            String identifier = numbers.next();
            Node node = numbers.iri(identifier);
            try {
                store.write(
                        identifier,
                        "Raise change request " + identifier + ": " + draft.title(),
                        data -> {
                            if (numbers.taken(data, identifier)) {
                                throw new NumberTakenException(identifier);
                            }
                            draft.constituency().ifPresent(c -> requireConstituency(data, c));
                            ChangeRequestWriter.describe(
                                    data, node, identifier, draft, raiser, now, deadline, impact);
                        });
                return get(identifier);
            } catch (NumberTakenException e) {
                if (attempt == ATTEMPTS) {
                    throw new RegistryException(
                            "Other writers took every change request number tried ("
                                    + ATTEMPTS
                                    + " attempts): raise it again");
                }
            }
        }
    }

    /**
     * Assesses a change request's impact again at the latest change and freezes that in place of
     * the assessment it had (or gives one to a change request loaded without), keeping its triage;
     * returns it.
     *
     * @throws ResourceNotFoundException if there is no such change request
     */
    public ChangeRequest reassess(String identifier) {
        ChangeRequest cr = get(identifier);
        int depth = cr.impact().map(FrozenImpact::depth).orElse(settings.depth());
        FrozenImpact impact =
                assessor.assess(cr.affects().stream().map(ResourceRef::iri).toList(), depth);
        Node node = NodeFactory.createURI(cr.iri());
        store.write(
                cr.identifier(),
                "Reassess the impact of change request " + cr.identifier(),
                data -> ChangeRequestWriter.freeze(data, node, impact));
        return get(cr.identifier());
    }

    /**
     * Computes a change request's impact again, now, and returns what moved since the frozen
     * assessment; stores nothing.
     *
     * @throws ResourceNotFoundException if there is no such change request
     * @throws RegistryException if it has no frozen assessment to compare with
     */
    public ImpactDrift recompute(String identifier) {
        FrozenImpact frozen = ImpactAssessor.frozen(get(identifier));
        FrozenImpact fresh =
                assessor.assess(
                        frozen.starts().stream().map(ResourceRef::iri).toList(), frozen.depth());
        return ImpactDrift.between(frozen, fresh);
    }

    /**
     * Marks one impacted item of a change request with a verdict and a comment, by whoever the
     * thread's {@link ChangeContext} names; replaces the item's earlier mark; returns the change
     * request.
     *
     * @param item the item's IRI or identifier
     * @throws ResourceNotFoundException if there is no such change request
     * @throws RegistryException if its frozen assessment holds no such item, or the comment is
     *     longer than {@value Triage#MAX_COMMENT} characters
     */
    public ChangeRequest triage(String identifier, String item, Verdict verdict, String comment) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(verdict, "verdict");
        ChangeRequest cr = get(identifier);
        Triage mark =
                TriageMarks.of(
                        cr,
                        item,
                        verdict,
                        comment,
                        ChangeContext.current().principal(),
                        settings.clock().instant().truncatedTo(ChronoUnit.MILLIS));
        String name = TriageMarks.item(cr, item).name();
        Node node = NodeFactory.createURI(cr.iri());
        store.write(
                cr.identifier(),
                "Triage " + name + " on " + cr.identifier() + ": " + verdict.label(),
                data -> ChangeRequestWriter.mark(data, node, mark));
        return get(cr.identifier());
    }

    /**
     * Returns a change request's impact assessment pack.
     *
     * @throws ResourceNotFoundException if there is no such change request
     * @throws RegistryException if it has no frozen assessment
     */
    public ImpactPack pack(String identifier) {
        ChangeRequest cr = get(identifier);
        ImpactAssessor.frozen(cr);
        return PackAssembler.assemble(cr, changes(cr.identifier(), 0, ChangeQuery.MAX_SIZE));
    }

    /**
     * Returns the untriaged items of every change request for which one of the parties answers (as
     * an owning workstream or producing working group), by change request and then nearest first.
     */
    public List<AwaitingItem> awaiting(Collection<String> partyIris) {
        Set<String> parties = Set.copyOf(partyIris);
        List<AwaitingItem> out = new ArrayList<>();
        if (parties.isEmpty()) {
            return out;
        }
        for (ChangeRequest cr : list()) {
            for (FrozenItem item : cr.untriaged()) {
                List<ResourceRef> theirs =
                        item.answerers().stream().filter(p -> parties.contains(p.iri())).toList();
                if (!theirs.isEmpty()) {
                    out.add(
                            new AwaitingItem(
                                    cr.identifier(), cr.title(), cr.deadline(), item, theirs));
                }
            }
        }
        return out;
    }

    /** Returns one page of the recorded changes made under a change request, newest first. */
    public ChangePage changes(String identifier, int page, int size) {
        return store.history()
                .list(ChangeQuery.all().withChangeRequest(identifier).withPage(page, size));
    }

    private static void requireConstituency(Graph data, String iri) {
        if (!data.contains(
                NodeFactory.createURI(iri),
                ChangeRequestTerms.TYPE,
                ChangeRequestTerms.CONSTITUENCY)) {
            throw new RegistryException(
                    "The raising constituency must be a constituency of the registry"
                            + " (dr:Constituency): <"
                            + iri
                            + ">");
        }
    }

    /** The number a raise picked was taken by another writer before its write ran. */
    private static final class NumberTakenException extends RegistryException {
        NumberTakenException(String identifier) {
            super("The change request number " + identifier + " was taken by another writer");
        }
    }
}
