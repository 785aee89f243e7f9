package org.designregistry.server.trace;

import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.trace.CoverageReport;
import org.designregistry.model.trace.TraceMatrix;
import org.designregistry.server.impact.ImpactResponse.Resource;

/** The JSON replies of the trace API (and of {@code registry trace|gaps --format json}). */
public final class TraceResponses {

    private TraceResponses() {}

    /**
     * A trace matrix.
     *
     * @param rowKind the rows' kind
     * @param columnKind the columns' kind
     * @param via the path followed, empty for direct links
     * @param rows the row resources
     * @param columns the column resources
     * @param links the linked pairs
     * @param unlinkedRows identifiers of rows linked to nothing
     * @param unlinkedColumns identifiers of columns linked to nothing
     */
    public record MatrixResponse(
            String rowKind,
            String columnKind,
            List<String> via,
            List<Resource> rows,
            List<Resource> columns,
            List<LinkResponse> links,
            List<String> unlinkedRows,
            List<String> unlinkedColumns) {

        /** Returns the JSON form of a matrix. */
        public static MatrixResponse of(TraceMatrix m) {
            return new MatrixResponse(
                    m.rowKind(),
                    m.columnKind(),
                    m.via(),
                    refs(m.rows()),
                    refs(m.columns()),
                    m.links().stream()
                            .map(
                                    l ->
                                            new LinkResponse(
                                                    name(m.rows().get(l.row())),
                                                    name(m.columns().get(l.column())),
                                                    l.relations()))
                            .toList(),
                    m.unlinkedRows().stream().map(TraceResponses::name).toList(),
                    m.unlinkedColumns().stream().map(TraceResponses::name).toList());
        }
    }

    /** A linked pair, by identifier (or IRI where there is none), with the linking relations. */
    public record LinkResponse(String row, String column, List<String> relations) {}

    /**
     * The coverage gaps.
     *
     * @param kinds coverage per kind
     * @param checks each check with its gaps
     */
    public record GapsResponse(
            List<CoverageReport.KindCoverage> kinds, List<CheckResponse> checks) {

        /** Returns the JSON form of a coverage report. */
        public static GapsResponse of(CoverageReport report) {
            return new GapsResponse(
                    report.kinds(),
                    report.checks().stream()
                            .map(
                                    c ->
                                            new CheckResponse(
                                                    c.name(),
                                                    c.kind(),
                                                    c.description(),
                                                    c.total(),
                                                    c.covered(),
                                                    c.percent(),
                                                    gaps(c)))
                            .toList());
        }
    }

    /** One coverage check and its gaps. */
    public record CheckResponse(
            String name,
            String kind,
            String description,
            int total,
            int covered,
            double percent,
            List<Gap> gaps) {}

    /** A resource that fails a check, and the workstreams that own it (to fix it). */
    public record Gap(
            String iri, String identifier, String label, String type, List<Resource> owners) {}

    private static List<Gap> gaps(CoverageReport.Check check) {
        return check.gaps().stream()
                .map(
                        g ->
                                new Gap(
                                        g.iri(),
                                        g.identifier(),
                                        g.label(),
                                        g.typeIri(),
                                        refs(check.ownersOf(g))))
                .toList();
    }

    private static List<Resource> refs(List<ResourceRef> refs) {
        return refs.stream()
                .map(r -> new Resource(r.iri(), r.identifier(), r.label(), r.typeIri()))
                .toList();
    }

    private static String name(ResourceRef r) {
        return r.identifier().isEmpty() ? r.iri() : r.identifier();
    }
}
