package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Fetches pages through MockMvc and parses them, for the page slice tests. */
public final class HtmlPages {

    private HtmlPages() {}

    /** Returns the page at a path, checking that it answers with this status and is HTML. */
    public static Document page(MockMvc mvc, String path, int status) throws Exception {
        return page(mvc, get(path), status);
    }

    /**
     * Returns the page a request gets, checking that it answers with this status and is HTML; for
     * parameters that a path template would encode again, such as an IRI with {@code #}.
     */
    public static Document page(MockMvc mvc, MockHttpServletRequestBuilder request, int status)
            throws Exception {
        String path = request.buildRequest(new MockServletContext()).getRequestURI();
        MockHttpServletResponse response =
                mvc.perform(request.accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of " + path).isEqualTo(status);
        assertThat(response.getContentType()).as("type of " + path).startsWith("text/html");
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        // A qualified exception name or a stack frame; data may say "Exception" in a label.
        assertThat(html)
                .doesNotContainPattern("[a-z]+\\.[A-Za-z.]*Exception")
                .doesNotContain("\tat ");
        return Jsoup.parse(html, "http://localhost" + path);
    }

    /** Returns where a path redirects to, checking that it answers 302. */
    public static String redirect(MockMvc mvc, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of " + path).isEqualTo(302);
        return response.getRedirectedUrl();
    }
}
