package org.designregistry.server.resource;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.designregistry.server.impact.SampleRegistryBeans;
import org.designregistry.server.linkeddata.LocalUrls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The API controller alone, over an in-memory registry of the MHHS sample; no security. */
@WebMvcTest(ResourceApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, LocalUrls.class})
class ResourceApiControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void listsACollectionWithItsTotal() throws Exception {
        mvc.perform(get("/api/data-items").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(157))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].kind").value("data-item"));
    }

    @Test
    void returnsAResourceWithItsEtag() throws Exception {
        mvc.perform(get("/api/resources/DI-037"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", startsWith("\"")))
                .andExpect(jsonPath("$.label").value("GSP Group ID"))
                .andExpect(jsonPath("$.incoming[*].relation.name", hasItem("dr:carries")));
    }

    @Test
    void answersProblemDetails() throws Exception {
        mvc.perform(get("/api/resources/DI-999"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("No resource matches 'DI-999'"));
        mvc.perform(delete("/api/resources/DI-037")).andExpect(status().isPreconditionRequired());
        mvc.perform(
                        post("/api/resources")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"identifier\":\"X1\",\"label\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("Missing kind")));
    }
}
