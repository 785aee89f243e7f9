package org.designregistry.server.linkeddata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.web.LimitsProperties;
import org.designregistry.server.web.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * The linked-data controller alone, with a base IRI other than the sample's: IRIs outside it are
 * not served.
 */
@WebMvcTest(LinkedDataController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({LinkedDataControllerTest.Sample.class, LocalUrls.class, ProblemWriter.class})
class LinkedDataControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Sample {
        @Bean(destroyMethod = "close")
        Registry registry() {
            Registry registry = Registries.createInMemory();
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            return registry;
        }

        @Bean
        Resources resources(Registry registry) {
            return Resources.of(registry, "https://registry.mhhs.example/id/");
        }

        @Bean
        LimitsProperties limits() {
            return new LimitsProperties(DataSize.ofMegabytes(10));
        }
    }

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
