package org.designregistry.model.resource;

import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;

/**
 * Which resources to list, and which page of them. Each filter matches, ignoring case, a term's
 * IRI, prefixed name, local name or label, or a resource's IRI, identifier, reference or label.
 *
 * <pre>{@code
 * ResourceQuery.of(Ref.Kind.ARTEFACT).withStatus("Draft").withWorkstream("Smart").withPage(0, 20)
 * }</pre>
 *
 * @param kind only resources of this kind; empty for every kind
 * @param workstream only resources owned by this workstream ({@code dr:ownedBy} or {@code
 *     ^dr:ownerOf})
 * @param status only resources with this {@code dr:status}
 * @param phase only resources whose artefact type is in this phase (or that state it)
 * @param type only resources with this {@code rdf:type} or {@code dr:artefactType}
 * @param owner only resources owned, produced or decided by this workstream or body ({@code
 *     dr:ownedBy}, {@code dr:producedBy}, {@code dr:madeBy}, or their inverses)
 * @param page the page, from 0
 * @param size the page size, 1 to {@value #MAX_SIZE}
 */
public record ResourceQuery(
        Optional<Ref.Kind> kind,
        Optional<String> workstream,
        Optional<String> status,
        Optional<String> phase,
        Optional<String> type,
        Optional<String> owner,
        int page,
        int size) {

    /** The default page size. */
    public static final int DEFAULT_SIZE = 50;

    /** The largest page size. */
    public static final int MAX_SIZE = 500;

    /**
     * Checks the page and size.
     *
     * @throws RegistryException naming the value if the page is negative or the size out of range
     */
    public ResourceQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(workstream, "workstream");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(owner, "owner");
        if (page < 0) {
            throw new RegistryException("Invalid page " + page + ": pages count from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RegistryException(
                    "Invalid page size " + size + ": expected 1 to " + MAX_SIZE);
        }
        workstream = blankToEmpty(workstream);
        status = blankToEmpty(status);
        phase = blankToEmpty(phase);
        type = blankToEmpty(type);
        owner = blankToEmpty(owner);
    }

    /** Returns the first page of every resource. */
    public static ResourceQuery all() {
        return new ResourceQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                DEFAULT_SIZE);
    }

    /** Returns the first page of the resources of one kind. */
    public static ResourceQuery of(Ref.Kind kind) {
        return all().withKind(Optional.of(kind));
    }

    /** Returns this query for resources of the given kind, or of any kind if empty. */
    public ResourceQuery withKind(Optional<Ref.Kind> kind) {
        return new ResourceQuery(kind, workstream, status, phase, type, owner, page, size);
    }

    /** Returns this query restricted to a workstream (null or blank for none). */
    public ResourceQuery withWorkstream(String value) {
        return new ResourceQuery(
                kind, Optional.ofNullable(value), status, phase, type, owner, page, size);
    }

    /** Returns this query restricted to a status (null or blank for none). */
    public ResourceQuery withStatus(String value) {
        return new ResourceQuery(
                kind, workstream, Optional.ofNullable(value), phase, type, owner, page, size);
    }

    /** Returns this query restricted to a phase (null or blank for none). */
    public ResourceQuery withPhase(String value) {
        return new ResourceQuery(
                kind, workstream, status, Optional.ofNullable(value), type, owner, page, size);
    }

    /** Returns this query restricted to a type (null or blank for none). */
    public ResourceQuery withType(String value) {
        return new ResourceQuery(
                kind, workstream, status, phase, Optional.ofNullable(value), owner, page, size);
    }

    /** Returns this query restricted to an owner (null or blank for none). */
    public ResourceQuery withOwner(String value) {
        return new ResourceQuery(
                kind, workstream, status, phase, type, Optional.ofNullable(value), page, size);
    }

    /** Returns this query for another page. */
    public ResourceQuery withPage(int page, int size) {
        return new ResourceQuery(kind, workstream, status, phase, type, owner, page, size);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
