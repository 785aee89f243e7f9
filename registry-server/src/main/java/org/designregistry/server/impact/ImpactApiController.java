package org.designregistry.server.impact;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.impact.ReportHeader;
import org.designregistry.model.suspect.SuspectLinks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/impact}: what a change touches, as JSON, CSV, a Markdown report or an XLSX
 * workbook (chosen by {@code format=json|csv|md|xlsx}, else by the {@code Accept} header). The
 * change starts from the resources named by {@code from} (several allowed) and from the best {@code
 * searchLimit} (10 by default) hits of the full-text search {@code q}; the report lists the starts
 * and which of them the search found. Without {@code depth} the walk follows every link, and the
 * reply says so. CSV, Markdown and XLSX are downloads named after the first start and the day
 * ({@code impact-DI-037-2026-12-03.csv}) and open with a header block: what was asked, when, at
 * which change of the history, and by whom. Every form flags the hits whose path runs through a
 * suspect link.
 *
 * <p>JSON holds one page of the hits ({@code page} from 1, {@code size} hits, {@value
 * HitPage#DEFAULT_SIZE} by default and at most {@value HitPage#MAX_SIZE}), with {@code paging}
 * saying how many there are; its summary is over every hit. CSV, Markdown and XLSX hold every hit.
 */
@RestController
class ImpactApiController {

    private final ImpactAnalysis impact;
    private final ReportHeaders headers;
    private final SuspectLinks suspects;

    ImpactApiController(ImpactAnalysis impact, ReportHeaders headers, SuspectLinks suspects) {
        this.impact = impact;
        this.headers = headers;
        this.suspects = suspects;
    }

    @GetMapping("/api/impact")
    ResponseEntity<?> impact(
            @RequestParam(name = "from", required = false) List<String> from,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "searchLimit", required = false) Integer searchLimit,
            @RequestParam(name = "direction", required = false) String direction,
            @RequestParam(name = "depth", required = false) Integer depth,
            @RequestParam(name = "relations", required = false) List<String> relations,
            @RequestParam(name = "types", required = false) List<String> types,
            @RequestParam(name = "allPaths", defaultValue = "false") boolean allPaths,
            @RequestParam(name = "limit", required = false) Integer limit,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "size", required = false) Integer size,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        ImpactRequest.Format chosen = Formats.choose(format, accept);
        HitPage hitPage = HitPage.of(page, size);
        ImpactReport report =
                impact.analyse(
                        new ImpactRequest(
                                        from,
                                        q,
                                        searchLimit,
                                        direction,
                                        depth,
                                        relations,
                                        types,
                                        allPaths,
                                        limit)
                                .toQuery());
        Set<String> throughSuspect = suspects.hitsThroughSuspectLinks(report);
        return switch (chosen) {
            case JSON ->
                    ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(
                                    ImpactResponse.of(
                                            report,
                                            hitPage.page(),
                                            hitPage.size(),
                                            throughSuspect));
            case CSV -> {
                ReportHeader header = headers.now();
                yield Formats.download(
                        Formats.text(report.toCsv(header, throughSuspect), "text/csv"),
                        header.fileName(report, "csv"));
            }
            case MD -> {
                ReportHeader header = headers.now();
                yield Formats.download(
                        Formats.text(report.toMarkdown(header, throughSuspect), "text/markdown"),
                        header.fileName(report, "md"));
            }
            case XLSX -> {
                ReportHeader header = headers.now();
                yield ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(XlsxReport.MEDIA_TYPE))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                attachment(header.fileName(report, "xlsx")))
                        .body(XlsxReport.write(report, header, throughSuspect));
            }
        };
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    /** Picks the form of a reply and writes text replies. */
    static final class Formats {

        private Formats() {}

        static ImpactRequest.Format choose(String format, String accept) {
            if (format != null && !format.isBlank()) {
                return ImpactRequest.Format.parse(format);
            }
            if (accept != null) {
                for (MediaType type : MediaType.parseMediaTypes(accept)) {
                    if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            && !type.isWildcardType()) {
                        return ImpactRequest.Format.JSON;
                    }
                    if (type.getSubtype().equals("csv")) {
                        return ImpactRequest.Format.CSV;
                    }
                    if (type.getSubtype().equals("markdown")) {
                        return ImpactRequest.Format.MD;
                    }
                    if (type.toString().startsWith(XlsxReport.MEDIA_TYPE)) {
                        return ImpactRequest.Format.XLSX;
                    }
                }
            }
            return ImpactRequest.Format.JSON;
        }

        /** Marks a reply as a download to save under this name. */
        static <T> ResponseEntity<T> download(ResponseEntity<T> reply, String fileName) {
            return ResponseEntity.status(reply.getStatusCode())
                    .headers(reply.getHeaders())
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                    .body(reply.getBody());
        }

        static ResponseEntity<String> text(String body, String type) {
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.valueOf(type), StandardCharsets.UTF_8))
                    .body(body);
        }
    }
}
