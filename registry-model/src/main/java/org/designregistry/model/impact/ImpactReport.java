package org.designregistry.model.impact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * What a change touches: the resources hit, in walk order, each with the chain of links that
 * explains it, its owners and approvals; a summary of who to involve and which decisions to
 * revisit; and whether any limit cut the walk. {@link #toMarkdown()} and {@link #toCsv()} give it
 * ready to attach to a change request.
 *
 * @param query the query, as given
 * @param starts the resources the change starts from, resolved: those named, then the search's hits
 *     not named
 * @param searchHits the resources the query's full-text search found and the change starts from,
 *     best first; empty without a search
 * @param hits the resources the change reaches, by depth and then in walk order; the starts are not
 *     among them
 * @param summary counts, decisions to revisit and parties to involve
 * @param completeness whether a limit cut the walk, and where
 */
public record ImpactReport(
        ImpactQuery query,
        List<ResourceRef> starts,
        List<ResourceRef> searchHits,
        List<Hit> hits,
        Summary summary,
        Completeness completeness) {

    /** Copies the lists. */
    public ImpactReport {
        Objects.requireNonNull(query, "query");
        starts = List.copyOf(starts);
        searchHits = List.copyOf(searchHits);
        hits = List.copyOf(hits);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(completeness, "completeness");
    }

    /** Returns the report as a Markdown document, ready to attach to a change request. */
    public String toMarkdown() {
        return MarkdownReport.write(this, Optional.empty(), Optional.empty());
    }

    /**
     * Returns the report as a Markdown document that opens with a header block: what was asked,
     * when, at which data version and by whom.
     */
    public String toMarkdown(ReportHeader header) {
        return MarkdownReport.write(this, Optional.of(header), Optional.empty());
    }

    /**
     * Returns the report as a Markdown document that opens with a header block and says how many
     * hits have a path that runs through a suspect link, flagging each of them in its table.
     *
     * @param throughSuspectLinks the IRIs of the hits with such a path (the suspect-link records
     *     know them; any other IRI is ignored)
     */
    public String toMarkdown(ReportHeader header, Set<String> throughSuspectLinks) {
        Objects.requireNonNull(header, "header");
        return MarkdownReport.write(this, Optional.of(header), Optional.of(throughSuspectLinks));
    }

    /**
     * Returns the hits as CSV (RFC 4180: a header row, then one row per hit with its paths), for a
     * spreadsheet.
     */
    public String toCsv() {
        return CsvReport.write(this, Optional.empty(), Optional.empty());
    }

    /**
     * Returns the hits as CSV after a header block of {@code #} comment lines (what was asked,
     * when, at which data version and by whom); CSV readers that know comments skip them.
     */
    public String toCsv(ReportHeader header) {
        return CsvReport.write(this, Optional.of(header), Optional.empty());
    }

    /**
     * Returns the hits as CSV after a header block, with {@code yes} in the {@code
     * through_suspect_link} column of each hit that has a path running through a suspect link and
     * {@code no} in the others (the column is empty when the report is written without them).
     *
     * @param throughSuspectLinks the IRIs of the hits with such a path
     */
    public String toCsv(ReportHeader header, Set<String> throughSuspectLinks) {
        Objects.requireNonNull(header, "header");
        return CsvReport.write(this, Optional.of(header), Optional.of(throughSuspectLinks));
    }

    /**
     * One resource the change reaches.
     *
     * @param resource the resource: IRI, identifier, label and type
     * @param typeLabel the label of its type
     * @param direction which walk found it: downstream or upstream
     * @param depth the number of links on its shortest path from a start
     * @param paths its shortest path from a start, or all of them when asked for; each alternates
     *     resources and relations, start first
     * @param morePaths true when it has more shortest paths than listed
     * @param owners the workstreams that own it ({@code dr:ownedBy})
     * @param producedBy the working group that produced it ({@code dr:producedBy})
     * @param status its status ({@code dr:status})
     * @param approvals the decisions that approved it ({@code dr:approves})
     */
    public record Hit(
            ResourceRef resource,
            String typeLabel,
            ImpactQuery.Direction direction,
            int depth,
            List<Path> paths,
            boolean morePaths,
            List<ResourceRef> owners,
            Optional<ResourceRef> producedBy,
            Optional<Concept> status,
            List<Approval> approvals) {

        /** Copies the lists. */
        public Hit {
            Objects.requireNonNull(resource, "resource");
            paths = List.copyOf(paths);
            owners = List.copyOf(owners);
            approvals = List.copyOf(approvals);
        }

        /** Returns the first shortest path. */
        public Path path() {
            return paths.get(0);
        }
    }

    /**
     * A chain of links from a start to a hit.
     *
     * @param steps resources and relations alternately, starting and ending with a resource
     */
    public record Path(List<Step> steps) {

        /** Copies the steps. */
        public Path {
            steps = List.copyOf(steps);
        }

        /** Returns the path as text, such as {@code DI-037 -carried by-> IF-002}. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (Step step : steps) {
                if (step.kind() == StepKind.RESOURCE) {
                    text.append(step.name());
                } else {
                    text.append(" -").append(step.label()).append("-> ");
                }
            }
            return text.toString();
        }
    }

    /** What a step of a path is. */
    public enum StepKind {
        /** A resource on the path. */
        RESOURCE,
        /** The relation between the resources either side, read in the walk's direction. */
        RELATION
    }

    /**
     * One step of a path.
     *
     * @param kind a resource or a relation
     * @param iri the resource's or relation's IRI; a relation read against its stated direction
     *     with no declared inverse is {@code ^} and its IRI
     * @param identifier the resource's identifier, or empty text (and for relations)
     * @param label its label
     */
    public record Step(StepKind kind, String iri, String identifier, String label) {

        /** Checks that no part is null. */
        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(label, "label");
        }

        /** Returns the identifier, else the label. */
        public String name() {
            return identifier.isEmpty() ? label : identifier;
        }
    }

    /**
     * A decision that approved a resource, and so must be revisited when it changes.
     *
     * @param decision the decision
     * @param outcome its outcome ({@code dr:outcome})
     * @param body the body that made it and must re-decide ({@code dr:madeBy})
     * @param level its decision level ({@code dr:decisionLevel}, else the body's level)
     * @param levelNumber the level's number (1 for Ofgem .. 4 for a working group), 0 if unknown
     * @param date the day it was taken
     */
    public record Approval(
            ResourceRef decision,
            Concept outcome,
            ResourceRef body,
            Concept level,
            int levelNumber,
            Optional<LocalDate> date) {

        /** Checks that no part is null. */
        public Approval {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * An approved resource the change reaches, and the decision to take again.
     *
     * @param item the approved resource
     * @param status its status
     * @param approval the decision that approved it, with the body and level that must re-decide;
     *     empty when it is marked approved but no approving decision is recorded
     */
    public record Revisit(ResourceRef item, Optional<Concept> status, Optional<Approval> approval) {

        /** Checks that no part is null. */
        public Revisit {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(approval, "approval");
        }
    }

    /**
     * A party to involve in the change, and why.
     *
     * @param party the workstream, working group, body, constituency or market role
     * @param count how many changed resources it owns, produced, sends or receives; how many
     *     approvals it must revisit; or (for a constituency) on how many of the working groups that
     *     must rework them it holds posts
     * @param via for a constituency, the working groups on which posts represent it; otherwise
     *     empty
     * @param because the changed resources (starts and downstream hits) that bring it in, nearest
     *     first; at most 25 are listed, {@code count} gives the total for all but constituencies
     */
    public record Party(
            ResourceRef party, int count, List<ResourceRef> via, List<ResourceRef> because) {

        /** Copies the lists. */
        public Party {
            Objects.requireNonNull(party, "party");
            via = List.copyOf(via);
            because = List.copyOf(because);
        }
    }

    /**
     * Who to involve: only the parties of what the change alters (the starts and the hits found
     * downstream); what the change merely depends on (hits found upstream) brings no one in.
     *
     * @param workstreams the workstreams that own changed resources, most first
     * @param workingGroups the working groups that produced changed resources, most first
     * @param approvingBodies the bodies whose approvals must be revisited, highest level first
     * @param constituencies the constituencies holding posts on those working groups
     * @param marketRoles the market roles that send or receive a changed interface or publication,
     *     most first
     */
    public record Involvement(
            List<Party> workstreams,
            List<Party> workingGroups,
            List<Party> approvingBodies,
            List<Party> constituencies,
            List<Party> marketRoles) {

        /** No one to involve. */
        public static final Involvement NONE =
                new Involvement(List.of(), List.of(), List.of(), List.of(), List.of());

        /** Copies the lists. */
        public Involvement {
            workstreams = List.copyOf(workstreams);
            workingGroups = List.copyOf(workingGroups);
            approvingBodies = List.copyOf(approvingBodies);
            constituencies = List.copyOf(constituencies);
            marketRoles = List.copyOf(marketRoles);
        }
    }

    /**
     * The report in numbers, and what to do about it. The two directions are kept apart: what the
     * change alters (downstream) must be revisited; what it depends on (upstream) is context.
     *
     * @param hits the number of hits
     * @param downstreamHits the hits found downstream: what the change alters
     * @param upstreamHits the hits found only upstream: what the change depends on
     * @param byType hits per type label, most first
     * @param byWorkstream hits per owning workstream label ({@code (none)} for unowned), most first
     * @param byStatus hits per status label ({@code (none)} for none), most first
     * @param decisionsToRevisit approved starts and downstream hits, and the decisions to take
     *     again, highest level first
     * @param upstreamApprovals approved hits found only upstream and their decisions: not to
     *     revisit, since the change does not alter them
     * @param involve who to involve
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
            Involvement involve) {

        /** Copies the maps and lists, keeping their order. */
        public Summary {
            byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
            byWorkstream =
                    java.util.Collections.unmodifiableMap(
                            new java.util.LinkedHashMap<>(byWorkstream));
            byStatus =
                    java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStatus));
            decisionsToRevisit = List.copyOf(decisionsToRevisit);
            upstreamApprovals = List.copyOf(upstreamApprovals);
            Objects.requireNonNull(involve, "involve");
        }
    }

    /** A limit that can cut a walk. */
    public enum Limit {
        /** The query's maximum depth. */
        DEPTH,
        /** The query's maximum number of results. */
        RESULT_CAP,
        /** The query's time budget. */
        TIME
    }

    /**
     * Where a limit cut the walk.
     *
     * @param limit the limit
     * @param direction the walk it cut
     * @param depth the depth at which it cut
     * @param unexplored how many resources found had links that were not followed
     * @param frontier some of them (at most ten), in walk order
     * @param message the cut in words
     */
    public record Cut(
            Limit limit,
            ImpactQuery.Direction direction,
            int depth,
            int unexplored,
            List<ResourceRef> frontier,
            String message) {

        /** Copies the list. */
        public Cut {
            Objects.requireNonNull(limit, "limit");
            frontier = List.copyOf(frontier);
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Whether the walk is complete.
     *
     * @param truncated true when a limit cut the walk, so that more may be impacted than listed
     * @param cuts where and why, one per limit and walk
     */
    public record Completeness(boolean truncated, List<Cut> cuts) {

        /** Copies the list. */
        public Completeness {
            cuts = List.copyOf(cuts);
        }
    }
}
