package org.designregistry.server.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.designregistry.server.web.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ImpactApiController.class)
// Security is the integration tests' concern (reads are open); these check the answers.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, ProblemWriter.class})
class ImpactApiControllerTest {

    @Autowired MockMvc mvc;

    /** Counts every hit of a JSON reply, not only those of its page. */
    private static int hitCount(String json) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(json)
                .get("paging")
                .get("totalHits")
                .asInt();
    }

    @Test
    void answersWithTheImpactOfAChangeAsJson() throws Exception {
        mvc.perform(get("/api/impact").param("from", "DI-037"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.starts[0].identifier").value("DI-037"))
                .andExpect(jsonPath("$.direction").value("downstream"))
                .andExpect(jsonPath("$.hits.length()", greaterThan(26)))
                .andExpect(jsonPath("$.hits[0].depth").value(1))
                .andExpect(jsonPath("$.hits[0].paths[0][0].identifier").value("DI-037"))
                .andExpect(jsonPath("$.hits[0].paths[0][1].kind").value("relation"))
                .andExpect(jsonPath("$.hits[*].paths[0][1].label", hasItem("carried by")))
                .andExpect(
                        jsonPath("$.summary.decisionsToRevisit[0].approval.body.identifier")
                                .value("DAG"))
                .andExpect(
                        jsonPath("$.summary.involve.approvingBodies[0].party.identifier")
                                .value("DAG"))
                .andExpect(jsonPath("$.completeness.truncated").value(false));
    }

    @Test
    void takesSeveralStartsDirectionDepthAndFilters() throws Exception {
        mvc.perform(
                        get("/api/impact")
                                .param("from", "DI-037")
                                .param("from", "interface:IF-041")
                                .param("direction", "downstream")
                                .param("depth", "1")
                                .param("types", "Interface"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.starts.length()").value(2))
                .andExpect(jsonPath("$.maxDepth").value(1))
                .andExpect(
                        jsonPath(
                                "$.hits[*].type",
                                org.hamcrest.Matchers.everyItem(containsString("Interface"))))
                // Past depth 1 lie only processes and artefacts, which the type filter keeps out.
                .andExpect(jsonPath("$.completeness.truncated").value(false));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("depth", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completeness.truncated").value(true))
                .andExpect(jsonPath("$.completeness.cuts[0].limit").value("depth"));
    }

    @Test
    void answersAsCsvByFormatOrAcceptHeader() throws Exception {
        String byFormat =
                mvc.perform(get("/api/impact").param("from", "DI-037").param("format", "csv"))
                        .andExpect(status().isOk())
                        .andExpect(content().contentTypeCompatibleWith("text/csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        String byAccept =
                mvc.perform(get("/api/impact").param("from", "DI-037").header("Accept", "text/csv"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();

        assertThat(byFormat)
                .startsWith("# Change to: DI-037")
                .contains("\r\ndepth,direction,identifier,label,type,");
        // The header block says when; the rows are the same.
        assertThat(rows(byAccept)).isEqualTo(rows(byFormat));
    }

    private static String rows(String csv) {
        return csv.substring(csv.indexOf("depth,direction"));
    }

    @Test
    void namesEachDownloadAfterTheStartAndTheDay() throws Exception {
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        for (String format : List.of("csv", "md", "xlsx")) {
            mvc.perform(get("/api/impact").param("from", "DI-037").param("format", format))
                    .andExpect(status().isOk())
                    .andExpect(
                            header().string(
                                            "Content-Disposition",
                                            "attachment; filename=\"impact-DI-037-"
                                                    + day
                                                    + "."
                                                    + format
                                                    + "\""));
        }
        mvc.perform(get("/api/impact").param("from", "DI-037"))
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void opensTheMarkdownWithTheHeaderBlock() throws Exception {
        mvc.perform(get("/api/impact").param("from", "DI-037").param("format", "md"))
                .andExpect(content().string(containsString("- When: ")))
                .andExpect(content().string(containsString("- Data version: ")))
                .andExpect(content().string(containsString("- By: anonymous")));
    }

    @Test
    void writesAnXlsxWorkbookThatReadsBack() throws Exception {
        byte[] body =
                mvc.perform(get("/api/impact").param("from", "DI-037").param("format", "xlsx"))
                        .andExpect(status().isOk())
                        .andExpect(content().contentType(XlsxReport.MEDIA_TYPE))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();
        int hits =
                hitCount(
                        mvc.perform(get("/api/impact").param("from", "DI-037"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString());

        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(body))) {
            assertThat(book.getSheetName(0)).isEqualTo("Report");
            Sheet report = book.getSheet("Report");
            assertThat(report.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Change to");
            assertThat(report.getRow(1).getCell(1).getStringCellValue()).isEqualTo("DI-037");
            assertThat(report.getRow(5).getCell(0).getStringCellValue()).isEqualTo("By");
            Sheet rows = book.getSheet("Hits");
            assertThat(rows.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Identifier");
            assertThat(rows.getLastRowNum()).isEqualTo(hits);
            assertThat(rows.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getSheet("Revisit").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("to revisit");
            assertThat(book.getSheet("Involve").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Workstream");
        }
    }

    @Test
    void saysTheWalkHasNoDepthLimitUnlessAsked() throws Exception {
        mvc.perform(get("/api/impact").param("from", "DI-037"))
                .andExpect(jsonPath("$.maxDepth").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.depthLimit", startsWith("none: every link")));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("depth", "2"))
                .andExpect(jsonPath("$.maxDepth").value(2))
                .andExpect(jsonPath("$.depthLimit").value("at most 2 links"));
    }

    @Test
    void keepsUpstreamApprovalsOutOfTheDecisionsToRevisit() throws Exception {
        mvc.perform(get("/api/impact").param("from", "artefact:DBP001").param("direction", "both"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath(
                                "$.summary.upstreamApprovals[*].item.identifier", hasItem("CR002")))
                .andExpect(
                        jsonPath(
                                "$.summary.decisionsToRevisit[*].item.identifier",
                                not(hasItem("CR002"))))
                .andExpect(
                        jsonPath(
                                "$.summary.involve.approvingBodies[*].party.identifier",
                                not(hasItem("Ofgem"))))
                .andExpect(jsonPath("$.summary.upstreamHits", greaterThan(0)));
    }

    @Test
    void namesTheMarketRolesOfAChangedInterfaceAndWhy() throws Exception {
        mvc.perform(get("/api/impact").param("from", "DI-037"))
                .andExpect(
                        jsonPath(
                                "$.summary.involve.marketRoles[?(@.party.identifier == 'VAS')]"
                                        + ".because[*].identifier",
                                hasItem("IF-072")))
                .andExpect(
                        jsonPath(
                                "$.summary.involve.workstreams[0].because.length()",
                                greaterThan(0)));
    }

    @Test
    void answersAsAMarkdownReport() throws Exception {
        mvc.perform(get("/api/impact").param("from", "DI-037").header("Accept", "text/markdown"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().string(startsWith("# Impact of a change to DI-037")))
                .andExpect(content().string(containsString("## Decisions to revisit")));
    }

    @Test
    void startsFromTheBestHitsOfASearchAndSaysWhichTheyWere() throws Exception {
        mvc.perform(get("/api/impact").param("q", "GSP group").param("direction", "downstream"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.search.q").value("GSP group"))
                .andExpect(jsonPath("$.search.limit").value(10))
                .andExpect(jsonPath("$.search.hits.length()", lessThanOrEqualTo(10)))
                .andExpect(jsonPath("$.search.hits[0].identifier").value("DI-037"))
                .andExpect(jsonPath("$.starts[*].identifier", hasItem("DI-037")))
                .andExpect(jsonPath("$.hits[*].identifier", hasItems("IF-065", "BP099", "DES138")))
                .andExpect(
                        jsonPath(
                                "$.summary.decisionsToRevisit[*].item.identifier",
                                hasItem("DES138")));
    }

    @Test
    void startsFromTheNamedResourcesAndTheSearchHitsTogether() throws Exception {
        mvc.perform(
                        get("/api/impact")
                                .param("from", "interface:IF-041")
                                .param("q", "GSP group")
                                .param("searchLimit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.starts.length()").value(3))
                .andExpect(jsonPath("$.starts[0].identifier").value("IF-041"))
                .andExpect(jsonPath("$.starts[1].identifier").value("DI-037"))
                .andExpect(jsonPath("$.search.hits.length()").value(2));
        mvc.perform(get("/api/impact").param("from", "DI-037"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.search").doesNotExist());
    }

    @Test
    void refusesASearchThatFindsNothingOrCannotBeRead() throws Exception {
        mvc.perform(get("/api/impact").param("q", "zzqxjv wwvkq"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Nothing matches the search")));
        mvc.perform(get("/api/impact").param("q", "\"GSP group"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/impact").param("q", "GSP").param("searchLimit", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("between 1 and 100")));
        mvc.perform(get("/api/impact").param("q", " ").param("from", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("q=GSP group")));
    }

    @Test
    void refusesAnUnknownStartWithAProblemDetail() throws Exception {
        mvc.perform(get("/api/impact").param("from", "DI-999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString("Unknown resource 'DI-999'")));
    }

    @Test
    void refusesBadParametersWithAProblemDetail() throws Exception {
        mvc.perform(get("/api/impact"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("from=DI-037")));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("depth", "deep"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'depth'")));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("depth", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("at least 1")));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("direction", "sideways"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("downstream, upstream or both")));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("relations", "dr:ownedBy"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Unknown relation")));
        mvc.perform(get("/api/impact").param("from", "DI-037").param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("json, csv, md or xlsx")));
    }
}
