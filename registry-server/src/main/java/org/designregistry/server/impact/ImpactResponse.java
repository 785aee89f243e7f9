package org.designregistry.server.impact;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport;

/**
 * The JSON form of an impact report: what {@code GET /api/impact} and {@code registry impact
 * --format json} return. Optional values are null when absent.
 *
 * @param starts the resources the change starts from: those named, then the search's hits
 * @param search the full-text search whose best hits are starts, or null when there was none
 * @param direction downstream, upstream or both
 * @param maxDepth the depth limit, or null for none: the API follows every link unless asked
 * @param depthLimit the depth limit in words, saying when there is none
 * @param hits the resources the change reaches: those downstream, then those only upstream, each
 *     nearest first (by depth, then in walk order); over the API, one page of them
 * @param paging which page of the hits {@code hits} holds, and how many there are in all
 * @param summary counts, decisions to revisit and who to involve
 * @param completeness whether a limit cut the walk
 * @param throughSuspectLinks the IRIs of the hits with a path that runs through a suspect link
 */
public record ImpactResponse(
        List<Resource> starts,
        Search search,
        String direction,
        Integer maxDepth,
        String depthLimit,
        List<Hit> hits,
        Paging paging,
        Summary summary,
        Completeness completeness,
        List<String> throughSuspectLinks) {

    /**
     * Which hits a reply holds.
     *
     * @param page the page, from 1
     * @param size the most hits a page holds
     * @param totalHits how many hits the report has in all (as {@code summary.hits})
     * @param totalPages how many pages of {@code size} they fill
     */
    public record Paging(int page, int size, int totalHits, int totalPages) {}

    /**
     * The full-text search the change starts from: its text, how many hits were asked for, and the
     * hits found, best first.
     */
    public record Search(String q, int limit, List<Resource> hits) {}

    /** A resource: IRI, identifier, label and type IRI. */
    public record Resource(String iri, String identifier, String label, String type) {
        static Resource of(ResourceRef r) {
            return r == null || !r.isPresent()
                    ? null
                    : new Resource(r.iri(), r.identifier(), r.label(), r.typeIri());
        }

        static List<Resource> of(List<ResourceRef> refs) {
            return refs.stream().map(Resource::of).toList();
        }
    }

    /** A concept of a scheme: IRI and label. */
    public record Term(String iri, String label) {
        static Term of(Concept c) {
            return c == null || !c.isPresent() ? null : new Term(c.iri(), c.label());
        }
    }

    /** One step of a path: {@code kind} is {@code resource} or {@code relation}. */
    public record Step(String kind, String iri, String identifier, String label) {}

    /** A decision that approved a hit, and the body and level that must re-decide. */
    public record Approval(
            Resource decision,
            Term outcome,
            Resource body,
            Term level,
            int levelNumber,
            String date) {
        static Approval of(ImpactReport.Approval a) {
            return new Approval(
                    Resource.of(a.decision()),
                    Term.of(a.outcome()),
                    Resource.of(a.body()),
                    Term.of(a.level()),
                    a.levelNumber(),
                    a.date().map(Object::toString).orElse(null));
        }
    }

    /** One resource the change reaches. */
    public record Hit(
            String iri,
            String identifier,
            String label,
            String type,
            String typeLabel,
            String direction,
            int depth,
            List<List<Step>> paths,
            boolean morePaths,
            List<Resource> owners,
            Resource producedBy,
            Term status,
            List<Approval> approvals) {}

    /** An approved item the change reaches, and the decision to take again. */
    public record Revisit(Resource item, Term status, Approval approval) {}

    /**
     * A party to involve, with a count, (for constituencies) the working groups it sits on, and the
     * changed resources that bring it in (at most 25).
     */
    public record Party(Resource party, int count, List<Resource> via, List<Resource> because) {}

    /** Who to involve. */
    public record Involvement(
            List<Party> workstreams,
            List<Party> workingGroups,
            List<Party> approvingBodies,
            List<Party> constituencies,
            List<Party> marketRoles) {}

    /**
     * Counts, decisions to revisit and who to involve; the approvals of what the change only
     * depends on (found upstream) are listed apart and are not to revisit.
     */
    public record Summary(
            int hits,
            int downstreamHits,
            int upstreamHits,
            Map<String, Integer> byType,
            Map<String, Integer> byWorkstream,
            Map<String, Integer> byStatus,
            List<Revisit> decisionsToRevisit,
            List<Revisit> upstreamApprovals,
            Involvement involve) {}

    /** Where a limit cut the walk. */
    public record Cut(
            String limit,
            String direction,
            int depth,
            int unexplored,
            List<Resource> frontier,
            String message) {}

    /** Whether the walk is complete. */
    public record Completeness(boolean truncated, List<Cut> cuts) {}

    /**
     * Returns the JSON form of a report with every hit; {@code throughSuspect} names the hits with
     * a path that runs through a suspect link.
     */
    public static ImpactResponse of(ImpactReport report, Set<String> throughSuspect) {
        int total = report.hits().size();
        return of(report, 1, Math.max(total, 1), throughSuspect);
    }

    /**
     * Returns the JSON form of a report with one page of its hits: those from {@code (page - 1) *
     * size}, at most {@code size} of them (none past the last page); the summary covers them all.
     * {@code throughSuspect} names the hits (of any page) with a path that runs through a suspect
     * link.
     */
    public static ImpactResponse of(
            ImpactReport report, int page, int size, Set<String> throughSuspect) {
        int total = report.hits().size();
        int from = (int) Math.min(total, (long) (page - 1) * size);
        int to = (int) Math.min(total, (long) from + size);
        return new ImpactResponse(
                Resource.of(report.starts()),
                report.query().search().isEmpty()
                        ? null
                        : new Search(
                                report.query().search(),
                                report.query().searchLimit(),
                                Resource.of(report.searchHits())),
                lower(report.query().direction()),
                report.query().maxDepth().isPresent() ? report.query().maxDepth().getAsInt() : null,
                report.query().maxDepth().isPresent()
                        ? "at most " + report.query().maxDepth().getAsInt() + " links"
                        : "none: every link that carries change is followed (pass depth= to limit)",
                report.hits().subList(from, to).stream().map(ImpactResponse::hit).toList(),
                new Paging(page, size, total, (total + size - 1) / size),
                summary(report.summary()),
                new Completeness(
                        report.completeness().truncated(),
                        report.completeness().cuts().stream()
                                .map(
                                        c ->
                                                new Cut(
                                                        lower(c.limit()),
                                                        lower(c.direction()),
                                                        c.depth(),
                                                        c.unexplored(),
                                                        Resource.of(c.frontier()),
                                                        c.message()))
                                .toList()),
                throughSuspect.stream().sorted().toList());
    }

    private static Hit hit(ImpactReport.Hit h) {
        return new Hit(
                h.resource().iri(),
                h.resource().identifier(),
                h.resource().label(),
                h.resource().typeIri(),
                h.typeLabel(),
                lower(h.direction()),
                h.depth(),
                h.paths().stream()
                        .map(
                                p ->
                                        p.steps().stream()
                                                .map(
                                                        s ->
                                                                new Step(
                                                                        lower(s.kind()),
                                                                        s.iri(),
                                                                        s.identifier(),
                                                                        s.label()))
                                                .toList())
                        .toList(),
                h.morePaths(),
                Resource.of(h.owners()),
                h.producedBy().map(Resource::of).orElse(null),
                h.status().map(Term::of).orElse(null),
                h.approvals().stream().map(Approval::of).toList());
    }

    private static Summary summary(ImpactReport.Summary s) {
        ImpactReport.Involvement i = s.involve();
        return new Summary(
                s.hits(),
                s.downstreamHits(),
                s.upstreamHits(),
                s.byType(),
                s.byWorkstream(),
                s.byStatus(),
                revisits(s.decisionsToRevisit()),
                revisits(s.upstreamApprovals()),
                new Involvement(
                        parties(i.workstreams()),
                        parties(i.workingGroups()),
                        parties(i.approvingBodies()),
                        parties(i.constituencies()),
                        parties(i.marketRoles())));
    }

    private static List<Revisit> revisits(List<ImpactReport.Revisit> revisits) {
        return revisits.stream()
                .map(
                        r ->
                                new Revisit(
                                        Resource.of(r.item()),
                                        r.status().map(Term::of).orElse(null),
                                        r.approval().map(Approval::of).orElse(null)))
                .toList();
    }

    private static List<Party> parties(List<ImpactReport.Party> parties) {
        return parties.stream()
                .map(
                        p ->
                                new Party(
                                        Resource.of(p.party()),
                                        p.count(),
                                        Resource.of(p.via()),
                                        Resource.of(p.because())))
                .toList();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
