package org.designregistry.server.linkeddata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.designregistry.server.impact.SampleRegistryBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The linked-data controller alone, over an in-memory MHHS sample; no security. */
@WebMvcTest(LinkedDataController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, LocalUrls.class})
class LinkedDataControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void servesTurtleByDefaultAndSendsBrowsersToTheResourcesPage() throws Exception {
        mvc.perform(get("/id/data-item/DI-037"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/turtle")))
                .andExpect(content().string(containsString("GSP Group ID")));
        mvc.perform(get("/id/data-item/DI-037").header("Accept", "text/html"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/resource/data-item/DI-037"))
                .andExpect(header().string("Vary", containsString("Accept")));
    }

    @Test
    void sendsBrowsersToThePageOfTheResourceTheIriNames() throws Exception {
        // The page is found by the resource's kind and identifier, as the pages link to it.
        mvc.perform(
                        get("/id/body/BPRWG")
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/resource/body/BPRWG"));
        mvc.perform(get("/id/artefact/DES138").header("Accept", "application/rdf+xml"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/rdf+xml")));
    }

    @Test
    void answersUnknownIrisWithAProblem() throws Exception {
        mvc.perform(get("/id/data-item/DI-999").header("Accept", "application/ld+json"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(get("/id/data-item/DI-999").header("Accept", "text/html"))
                .andExpect(status().isNotFound());
    }
}
