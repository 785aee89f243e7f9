package org.designregistry.server.trace;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.designregistry.server.impact.SampleRegistryBeans;
import org.designregistry.server.web.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TraceApiController.class)
// Security is the integration tests' concern (reads are open); these check the answers.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, ProblemWriter.class})
class TraceApiControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void answersTheRequirementsByProcessesMatrix() throws Exception {
        mvc.perform(
                        get("/api/trace/matrix")
                                .param("rows", "Requirement")
                                .param("cols", "BusinessProcess"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowKind").value("requirement"))
                .andExpect(jsonPath("$.columnKind").value("process"))
                .andExpect(jsonPath("$.rows.length()").value(64))
                .andExpect(jsonPath("$.columns.length()").value(120))
                .andExpect(jsonPath("$.links[0].relations[0]").value("oslc_rm:satisfiedBy"))
                .andExpect(jsonPath("$.unlinkedRows", hasItem("BRS003-030")));
    }

    @Test
    void followsAPathGivenAsVia() throws Exception {
        mvc.perform(
                        get("/api/trace/matrix")
                                .param("rows", "process")
                                .param("cols", "data-item")
                                .param("via", "dr:uses,dr:carries")
                                .param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("BP001,")));
    }

    @Test
    void answersTheGapsWithCoverage() throws Exception {
        mvc.perform(get("/api/trace/gaps"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[0].name").value("unsatisfied-requirements"))
                .andExpect(jsonPath("$.checks[0].gaps.length()").value(9))
                .andExpect(jsonPath("$.kinds[0].kind").value("requirement"));
    }

    @Test
    void answersTheChecksOfWhatRestsOnWhatWithTheOwnersOfEachGap() throws Exception {
        String approvedOnUnapproved =
                "$.checks[?(@.name == 'approved-artefacts-depending-on-unapproved')]";
        mvc.perform(get("/api/trace/gaps"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath(
                                approvedOnUnapproved + ".gaps[*].identifier",
                                containsInAnyOrder("DES140", "E2E001")))
                .andExpect(
                        jsonPath(
                                approvedOnUnapproved + ".gaps[*].owners[*].identifier",
                                hasSize(greaterThan(0))))
                .andExpect(
                        jsonPath(
                                "$.checks[?(@.name == 'processes-satisfying-no-requirement')]"
                                        + ".gaps.length()",
                                contains(84)))
                .andExpect(
                        jsonPath(
                                "$.checks[*].name",
                                hasItems(
                                        "unspecified-interfaces",
                                        "unused-interfaces",
                                        "unspecified-data-items",
                                        "events-triggering-nothing")));
    }

    @Test
    void refusesAnUnknownKindWithAProblemDetail() throws Exception {
        mvc.perform(get("/api/trace/matrix").param("rows", "Widget").param("cols", "process"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Unknown kind 'Widget'")));
        mvc.perform(get("/api/trace/matrix").param("rows", "process"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'cols'")));
    }
}
