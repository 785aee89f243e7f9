package org.designregistry.model.impact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport.Cut;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Party;
import org.designregistry.model.impact.ImpactReport.Revisit;
import org.designregistry.model.text.SafeText;

/**
 * Writes a report as a Markdown document to attach to a change request; when the caller knows which
 * hits have a path through a suspect link, it counts them and flags each in its table.
 */
final class MarkdownReport {

    private MarkdownReport() {}

    /** The flag of a hit whose path runs through a suspect link, before its paths. */
    static final String SUSPECT_FLAG = "**Runs through a suspect link.** ";

    static String write(
            ImpactReport r,
            java.util.Optional<ReportHeader> header,
            java.util.Optional<Set<String>> suspect) {
        StringBuilder md = new StringBuilder();
        ImpactQuery q = r.query();
        md.append("# Impact of a change to ")
                .append(
                        r.starts().stream()
                                .map(MarkdownReport::named)
                                .map(MarkdownReport::cell)
                                .collect(Collectors.joining(", ")))
                .append("\n\n");
        md.append("- Direction: ")
                .append(q.direction().name().toLowerCase(Locale.ROOT))
                .append("\n- Depth: ")
                .append(
                        q.maxDepth().isPresent()
                                ? "at most " + q.maxDepth().getAsInt()
                                : "unlimited")
                .append('\n');
        if (!q.search().isEmpty()) {
            md.append("- Started from the search \"")
                    .append(cell(q.search()))
                    .append("\", its best ")
                    .append(q.searchLimit())
                    .append(" hits: ")
                    .append(
                            r.searchHits().isEmpty()
                                    ? "none"
                                    : r.searchHits().stream()
                                            .map(CsvReport::name)
                                            .map(MarkdownReport::cell)
                                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (!q.relations().isEmpty()) {
            md.append("- Relations followed: ")
                    .append(cell(String.join(", ", sorted(q.relations()))))
                    .append('\n');
        }
        if (!q.types().isEmpty()) {
            md.append("- Types entered: ")
                    .append(cell(String.join(", ", sorted(q.types()))))
                    .append('\n');
        }
        md.append("- Resources impacted: ")
                .append(r.summary().hits())
                .append(" (")
                .append(r.summary().downstreamHits())
                .append(" downstream, changed by it; ")
                .append(r.summary().upstreamHits())
                .append(" upstream, which it depends on)\n");
        suspect.ifPresent(
                through -> {
                    long flagged =
                            r.hits().stream()
                                    .filter(h -> through.contains(h.resource().iri()))
                                    .count();
                    md.append("- Paths through suspect links: ")
                            .append(
                                    flagged == 0
                                            ? "none"
                                            : flagged
                                                    + " of the resources impacted, flagged below:"
                                                    + " review those links first")
                            .append('\n');
                });
        header.ifPresent(
                h ->
                        h.fields(r).stream()
                                .skip(2) // the change and the question are written above
                                .forEach(
                                        f ->
                                                md.append("- ")
                                                        .append(f.name())
                                                        .append(": ")
                                                        .append(cell(f.value()))
                                                        .append('\n')));
        md.append('\n');
        if (r.completeness().truncated()) {
            md.append(
                    "**Incomplete:** a limit cut the walk, so more may be impacted than listed.\n\n");
            for (Cut c : r.completeness().cuts()) {
                md.append("- ").append(cell(c.message()));
                if (!c.frontier().isEmpty()) {
                    md.append(" (for example ")
                            .append(
                                    c.frontier().stream()
                                            .map(CsvReport::name)
                                            .map(MarkdownReport::cell)
                                            .collect(Collectors.joining(", ")))
                            .append(')');
                }
                md.append('\n');
            }
            md.append('\n');
        } else {
            md.append("Complete: no limit cut the walk.\n\n");
        }
        counts(md, "Impacted by type", r.summary().byType());
        counts(md, "Impacted by workstream", r.summary().byWorkstream());
        counts(md, "Impacted by status", r.summary().byStatus());
        revisits(md, r.summary().decisionsToRevisit());
        if (!r.summary().upstreamApprovals().isEmpty()) {
            md.append("## Approvals of what the change depends on\n\n")
                    .append(
                            "Found upstream: the change relies on these but does not alter them,"
                                    + " so they are not to revisit.\n\n");
            approvalTable(md, r.summary().upstreamApprovals());
        }
        involve(md, r.summary().involve());
        List<Hit> down =
                r.hits().stream()
                        .filter(h -> h.direction() != ImpactQuery.Direction.UPSTREAM)
                        .toList();
        List<Hit> up =
                r.hits().stream()
                        .filter(h -> h.direction() == ImpactQuery.Direction.UPSTREAM)
                        .toList();
        if (q.direction() != ImpactQuery.Direction.UPSTREAM) {
            hits(md, "Impacted resources, nearest first", down, suspect);
        }
        if (q.direction() != ImpactQuery.Direction.DOWNSTREAM) {
            hits(md, "What the change depends on (upstream), nearest first", up, suspect);
        }
        return md.toString();
    }

    private static void counts(StringBuilder md, String title, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n| | Count |\n|---|---:|\n");
        counts.forEach(
                (k, v) -> md.append("| ").append(cell(k)).append(" | ").append(v).append(" |\n"));
        md.append('\n');
    }

    private static void revisits(StringBuilder md, List<Revisit> revisits) {
        md.append("## Decisions to revisit\n\n");
        if (revisits.isEmpty()) {
            md.append("None: no approved resource is impacted.\n\n");
            return;
        }
        approvalTable(md, revisits);
    }

    private static void approvalTable(StringBuilder md, List<Revisit> revisits) {
        md.append(
                "| Approved item | Status | Decision | Body to re-decide | Level |\n|---|---|---|---|---|\n");
        for (Revisit v : revisits) {
            md.append("| ")
                    .append(cell(named(v.item())))
                    .append(" | ")
                    .append(cell(v.status().map(Concept::label).orElse("")))
                    .append(" | ");
            if (v.approval().isPresent()) {
                ImpactReport.Approval a = v.approval().get();
                md.append(cell(named(a.decision())))
                        .append(" | ")
                        .append(cell(named(a.body())))
                        .append(" | ")
                        .append(cell(a.level().label()));
            } else {
                md.append("no approving decision recorded | | ");
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static void involve(StringBuilder md, ImpactReport.Involvement inv) {
        md.append("## Who to involve\n\n");
        parties(md, "Owning workstreams", inv.workstreams(), "impacted resources owned");
        parties(md, "Producing working groups", inv.workingGroups(), "impacted resources produced");
        parties(md, "Approving bodies", inv.approvingBodies(), "approvals to revisit");
        parties(
                md,
                "Market roles",
                inv.marketRoles(),
                "changed interfaces or publications sent or received");
        if (!inv.constituencies().isEmpty()) {
            md.append("### Constituencies with seats on those working groups\n\n");
            for (Party p : inv.constituencies()) {
                md.append("- ")
                        .append(cell(named(p.party())))
                        .append(": posts on ")
                        .append(names(p.via()))
                        .append(", which produced ")
                        .append(names(p.because()))
                        .append('\n');
            }
            md.append('\n');
        }
    }

    private static String names(List<ResourceRef> refs) {
        return refs.stream()
                .map(CsvReport::name)
                .map(MarkdownReport::cell)
                .collect(Collectors.joining(", "));
    }

    private static void parties(StringBuilder md, String title, List<Party> parties, String what) {
        if (parties.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        for (Party p : parties) {
            md.append("- ")
                    .append(cell(named(p.party())))
                    .append(": ")
                    .append(p.count())
                    .append(' ')
                    .append(what)
                    .append(": ")
                    .append(names(p.because()))
                    .append(
                            p.because().size() < p.count() && !what.startsWith("approvals")
                                    ? ", ..."
                                    : "")
                    .append('\n');
        }
        md.append('\n');
    }

    private static void hits(
            StringBuilder md,
            String title,
            List<Hit> hits,
            java.util.Optional<Set<String>> suspect) {
        md.append("## ").append(title).append("\n\n");
        if (hits.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append(
                "| Depth | Resource | Type | Status | Owners | Why |\n|---:|---|---|---|---|---|\n");
        for (Hit h : hits) {
            md.append("| ")
                    .append(h.depth())
                    .append(h.direction() == ImpactQuery.Direction.UPSTREAM ? " (up)" : "")
                    .append(" | ")
                    .append(cell(named(h.resource())))
                    .append(" | ")
                    .append(cell(h.typeLabel()))
                    .append(" | ")
                    .append(cell(h.status().map(Concept::label).orElse("")))
                    .append(" | ")
                    .append(
                            cell(
                                    h.owners().stream()
                                            .map(ResourceRef::label)
                                            .collect(Collectors.joining(", "))))
                    .append(" | ")
                    .append(
                            suspect.filter(through -> through.contains(h.resource().iri()))
                                    .map(through -> SUSPECT_FLAG)
                                    .orElse(""))
                    .append(
                            cell(
                                    h.paths().stream()
                                            .map(Object::toString)
                                            .collect(Collectors.joining("; or "))))
                    .append(h.morePaths() ? "; ..." : "")
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String named(ResourceRef r) {
        if (r.identifier().isEmpty() || r.label().equals(r.identifier())) {
            return r.label().isEmpty() ? r.iri() : r.label();
        }
        return r.label().startsWith(r.identifier()) ? r.label() : r.identifier() + " " + r.label();
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** Escapes data for the document: its Markdown and HTML show as text, on one line. */
    static String cell(String text) {
        return SafeText.markdown(text);
    }
}
