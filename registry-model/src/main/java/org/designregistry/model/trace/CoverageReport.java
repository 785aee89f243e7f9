package org.designregistry.model.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.text.SafeText;

/**
 * Where the registry's traceability has gaps, and coverage as a percentage per check and per kind.
 *
 * @param checks each coverage check with its gaps, in a fixed order
 * @param kinds per kind of resource checked: how many have no gap in any of its checks
 */
public record CoverageReport(List<Check> checks, List<KindCoverage> kinds) {

    /** Copies the lists. */
    public CoverageReport {
        checks = List.copyOf(checks);
        kinds = List.copyOf(kinds);
    }

    /** Returns the check with this name. */
    public Check check(String name) {
        return checks.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No coverage check " + name));
    }

    /**
     * One coverage check.
     *
     * @param name a short key, such as {@code unsatisfied-requirements}
     * @param kind the kind of resource it checks, such as {@code requirement}
     * @param description what a gap is, in words
     * @param total how many resources the check applies to
     * @param covered how many of them pass
     * @param percent covered as a percentage of total, 100 when there is none
     * @param gaps the resources that fail, by identifier
     * @param owners the owning workstreams ({@code dr:ownedBy}) of each resource that fails, by its
     *     IRI; empty lists for the unowned
     */
    public record Check(
            String name,
            String kind,
            String description,
            int total,
            int covered,
            double percent,
            List<ResourceRef> gaps,
            Map<String, List<ResourceRef>> owners) {

        /** Copies the list and the map, keeping its order. */
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
            gaps = List.copyOf(gaps);
            owners = Collections.unmodifiableMap(new LinkedHashMap<>(owners));
        }

        /** Returns the owners of a resource that fails, none when it has none. */
        public List<ResourceRef> ownersOf(ResourceRef gap) {
            return owners.getOrDefault(gap.iri(), List.of());
        }
    }

    /**
     * Coverage of one kind of resource over all its checks.
     *
     * @param kind the kind, such as {@code artefact}
     * @param total how many resources of the kind there are
     * @param withoutGaps how many pass every check of the kind
     * @param percent withoutGaps as a percentage of total, 100 when there is none
     */
    public record KindCoverage(String kind, int total, int withoutGaps, double percent) {}

    /** Returns the report as Markdown: a coverage table, then the gaps of each check. */
    public String toMarkdown() {
        StringBuilder md =
                new StringBuilder(
                        "# Coverage gaps\n\n| Kind | Resources | Without gaps | Coverage |\n|---|---:|---:|---:|\n");
        for (KindCoverage k : kinds) {
            md.append("| ")
                    .append(SafeText.markdown(k.kind()))
                    .append(" | ")
                    .append(k.total())
                    .append(" | ")
                    .append(k.withoutGaps())
                    .append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f%%", k.percent()))
                    .append(" |\n");
        }
        for (Check c : checks) {
            md.append("\n## ")
                    .append(SafeText.markdown(c.description()))
                    .append("\n\n")
                    .append(c.covered())
                    .append(" of ")
                    .append(c.total())
                    .append(" covered (")
                    .append(String.format(java.util.Locale.ROOT, "%.1f%%", c.percent()))
                    .append(").\n\n");
            if (c.gaps().isEmpty()) {
                md.append("No gaps.\n");
            }
            c.gaps()
                    .forEach(
                            g ->
                                    md.append("- ")
                                            .append(
                                                    SafeText.markdown(
                                                            g.identifier().isEmpty()
                                                                    ? g.iri()
                                                                    : g.identifier()))
                                            .append(' ')
                                            .append(SafeText.markdown(g.label()))
                                            .append(owned(c.ownersOf(g)))
                                            .append('\n'));
        }
        return md.toString();
    }

    private static String owned(List<ResourceRef> owners) {
        return owners.isEmpty()
                ? " (no owner)"
                : " (owned by "
                        + SafeText.markdown(
                                String.join(", ", owners.stream().map(ResourceRef::label).toList()))
                        + ")";
    }
}
