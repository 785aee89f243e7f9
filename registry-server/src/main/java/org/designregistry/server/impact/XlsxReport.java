package org.designregistry.server.impact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Party;
import org.designregistry.model.impact.ImpactReport.Revisit;
import org.designregistry.model.impact.ReportHeader;

/**
 * Writes an impact report as an XLSX workbook: a "Report" sheet with the header block and the
 * counts, then "Hits" (one row per resource touched, nearest first), "Revisit" (decisions to take
 * again, then upstream approvals kept apart) and "Involve" (each party and why). Every value is
 * written as text, never as a formula, so data cannot run in the reader's spreadsheet.
 */
final class XlsxReport {

    /** The media type of an XLSX workbook. */
    static final String MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HIT_COLUMNS =
            List.of(
                    "Depth",
                    "Direction",
                    "Identifier",
                    "Label",
                    "Type",
                    "Status",
                    "Owners",
                    "Produced by",
                    "Approved by",
                    "Why: the chain of links",
                    "IRI",
                    "Through a suspect link");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;

    private XlsxReport() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    /**
     * Returns the report as the bytes of an XLSX workbook; {@code throughSuspect} names the hits
     * whose path runs through a suspect link.
     */
    static byte[] write(ImpactReport report, ReportHeader header, Set<String> throughSuspect) {
        XlsxReport xlsx = new XlsxReport();
        try (XSSFWorkbook book = xlsx.workbook) {
            xlsx.about(report, header);
            xlsx.hits(report.hits(), throughSuspect);
            xlsx.revisits(report.summary());
            xlsx.involve(report.summary().involve());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void about(ImpactReport report, ReportHeader header) {
        Sheet sheet = workbook.createSheet("Report");
        int r = 0;
        row(sheet, r++, true, "Impact report");
        for (ReportHeader.Field f : header.fields(report)) {
            row(sheet, r++, false, f.name(), f.value());
        }
        ImpactReport.Summary s = report.summary();
        r++;
        row(sheet, r++, false, "Resources touched", Integer.toString(s.hits()));
        row(sheet, r++, false, "Downstream (changed by it)", Integer.toString(s.downstreamHits()));
        row(sheet, r++, false, "Upstream (it depends on)", Integer.toString(s.upstreamHits()));
        row(
                sheet,
                r++,
                false,
                "Decisions to revisit",
                Integer.toString(s.decisionsToRevisit().size()));
        row(
                sheet,
                r++,
                false,
                "Complete",
                report.completeness().truncated()
                        ? "no: "
                                + report.completeness().cuts().stream()
                                        .map(ImpactReport.Cut::message)
                                        .collect(Collectors.joining("; "))
                        : "yes: no limit cut the walk");
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private void hits(List<Hit> hits, Set<String> throughSuspect) {
        Sheet sheet = workbook.createSheet("Hits");
        row(sheet, 0, true, HIT_COLUMNS.toArray(String[]::new));
        int r = 1;
        for (Hit h : hits) {
            row(
                    sheet,
                    r++,
                    false,
                    Integer.toString(h.depth()),
                    h.direction().name().toLowerCase(Locale.ROOT),
                    h.resource().identifier(),
                    h.resource().label(),
                    h.typeLabel(),
                    h.status().map(Concept::label).orElse(""),
                    names(h.owners()),
                    h.producedBy().map(XlsxReport::name).orElse(""),
                    h.approvals().stream()
                            .map(a -> name(a.decision()) + " (" + name(a.body()) + ")")
                            .collect(Collectors.joining("; ")),
                    h.paths().stream().map(Object::toString).collect(Collectors.joining(" | "))
                            + (h.morePaths() ? " | ..." : ""),
                    h.resource().iri(),
                    throughSuspect.contains(h.resource().iri()) ? "yes" : "no");
            sheet.getRow(r - 1).getCell(0).setCellValue(h.depth());
        }
        sheet.createFreezePane(0, 1);
    }

    private void revisits(ImpactReport.Summary s) {
        Sheet sheet = workbook.createSheet("Revisit");
        row(sheet, 0, true, "Kind", "Approved item", "Status", "Decision", "Body", "Level");
        int r = 1;
        for (Revisit v : s.decisionsToRevisit()) {
            revisit(sheet, r++, "to revisit", v);
        }
        for (Revisit v : s.upstreamApprovals()) {
            revisit(sheet, r++, "upstream: context, not to revisit", v);
        }
    }

    private void revisit(Sheet sheet, int r, String kind, Revisit v) {
        row(
                sheet,
                r,
                false,
                kind,
                name(v.item()),
                v.status().map(Concept::label).orElse(""),
                v.approval().map(a -> name(a.decision())).orElse("no approving decision recorded"),
                v.approval().map(a -> name(a.body())).orElse(""),
                v.approval().map(a -> a.level().label()).orElse(""));
    }

    private void involve(ImpactReport.Involvement i) {
        Sheet sheet = workbook.createSheet("Involve");
        row(sheet, 0, true, "Group", "Party", "Count", "Via", "Because of");
        int r = 1;
        r = parties(sheet, r, "Workstream", i.workstreams());
        r = parties(sheet, r, "Working group", i.workingGroups());
        r = parties(sheet, r, "Approving body", i.approvingBodies());
        r = parties(sheet, r, "Market role", i.marketRoles());
        parties(sheet, r, "Constituency", i.constituencies());
    }

    private int parties(Sheet sheet, int r, String group, List<Party> parties) {
        for (Party p : parties) {
            row(
                    sheet,
                    r,
                    false,
                    group,
                    name(p.party()),
                    Integer.toString(p.count()),
                    names(p.via()),
                    names(p.because()));
            sheet.getRow(r).getCell(2).setCellValue(p.count());
            r++;
        }
        return r;
    }

    private void row(Sheet sheet, int index, boolean header, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(fit(values[c]));
            if (header) {
                cell.setCellStyle(bold);
            }
        }
    }

    /** Cuts text to what a cell holds (32,767 characters), saying so. */
    private static String fit(String value) {
        int max = 32_767;
        return value.length() <= max ? value : value.substring(0, max - 20) + " ... (cut to fit)";
    }

    private static String names(List<ResourceRef> refs) {
        return refs.stream().map(XlsxReport::name).collect(Collectors.joining("; "));
    }

    private static String name(ResourceRef r) {
        return r.identifier().isEmpty() ? r.label() : r.identifier();
    }
}
