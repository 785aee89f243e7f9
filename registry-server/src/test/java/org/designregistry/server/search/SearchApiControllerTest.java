package org.designregistry.server.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.server.web.WebSliceBeans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The search API over a real in-memory registry holding a small fixture. */
@WebMvcTest(SearchApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({SearchApiControllerTest.FixtureRegistry.class, WebSliceBeans.class})
class SearchApiControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class FixtureRegistry {
        @Bean(destroyMethod = "close")
        Registry registry() {
            Registry registry = Registries.createInMemory();
            registry.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
            return registry;
        }
    }

    @Autowired MockMvc mvc;

    @Test
    void returnsRankedHitsWithSnippetsAndFacetCounts() throws Exception {
        mvc.perform(get("/api/search").param("q", "tariff"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.query").value("tariff"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.offset").value(0))
                .andExpect(jsonPath("$.limit").value(20))
                .andExpect(jsonPath("$.hits[*].identifier", contains("IF-901", "IF-903", "IF-902")))
                .andExpect(jsonPath("$.hits[0].label").value("Tariff Notification"))
                .andExpect(jsonPath("$.hits[0].type").value("Interface"))
                .andExpect(jsonPath("$.hits[0].typeLabel").value("interface"))
                .andExpect(jsonPath("$.hits[0].iri").value("https://registry.example/id/IF-901"))
                .andExpect(jsonPath("$.hits[0].snippet").value("<mark>Tariff</mark> Notification"))
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andExpect(jsonPath("$.facets.type[0].value").value("Interface"))
                .andExpect(jsonPath("$.facets.type[0].label").value("interface"))
                .andExpect(jsonPath("$.facets.type[0].count").value(3))
                .andExpect(jsonPath("$.facets.workstream").isEmpty())
                .andExpect(jsonPath("$.facets.illustrative[0].value").value("false"));
    }

    @Test
    void filtersByFacetValuesGivenRepeatedOrWithCommas() throws Exception {
        mvc.perform(get("/api/search").param("type", "DataItem"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].identifier").value("DI-901"))
                .andExpect(jsonPath("$.facets.type", hasSize(2)));
        mvc.perform(get("/api/search").param("type", "DataItem", "Interface"))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/search").param("type", "DataItem,Interface"))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void pagesThroughHits() throws Exception {
        mvc.perform(
                        get("/api/search")
                                .param("q", "tariff")
                                .param("limit", "1")
                                .param("offset", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.offset").value(1))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.hits[*].identifier", contains("IF-903")));
    }

    @Test
    void suggestsByPrefix() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "IF-90"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("IF-90"))
                .andExpect(jsonPath("$.suggestions", hasSize(3)))
                .andExpect(jsonPath("$.suggestions[*].identifier", everyItem(startsWith("IF-90"))))
                .andExpect(jsonPath("$.suggestions[0].iri").value(startsWith("https://")));
        mvc.perform(get("/api/suggest").param("q", "tar"))
                .andExpect(jsonPath("$.suggestions[*].identifier", contains("IF-901", "IF-903")));
        mvc.perform(get("/api/suggest")).andExpect(jsonPath("$.suggestions").isEmpty());
    }

    static Stream<Arguments> badSearches() {
        return Stream.of(
                arguments("q", "\"settlement period", "Unbalanced quotes"),
                arguments("q", "*", "A lone '*' is not a search"),
                arguments("q", "set*tle", "'*' may only end a word"),
                arguments("limit", "0", "limit must be between 1 and 100, not 0"),
                arguments("limit", "101", "limit must be between 1 and 100, not 101"),
                arguments("limit", "ten", "limit must be a whole number, not 'ten'"),
                arguments("offset", "-1", "offset must be between 0 and 10000, not -1"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badSearches")
    void answersABadSearchWith400AndAProblemDetail(String name, String value, String message)
            throws Exception {
        mvc.perform(get("/api/search").param(name, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid search"))
                .andExpect(jsonPath("$.detail", containsString(message)));
    }

    @Test
    void answersTenKilobytesOfTextWith400() throws Exception {
        mvc.perform(get("/api/search").param("q", "settlement ".repeat(1000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("11000 characters long")));
    }

    @Test
    void answersABadSuggestionRequestWith400() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("at most 100")));
        mvc.perform(get("/api/suggest").param("q", "if").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("limit must be between 1 and 50")));
    }
}
