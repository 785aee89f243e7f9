package org.designregistry.server.edit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.designregistry.server.BrowserSession;
import org.jsoup.Connection.KeyVal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Posts an edit page's form as a browser would: every input it holds, ticked boxes and chosen
 * options only, after the changes a test makes by input id.
 */
final class EditForms {

    private EditForms() {}

    /** Returns the POST of the page's form, with these inputs (by id) set to new values. */
    static MockHttpServletRequestBuilder submit(Document page, Map<String, String> changes) {
        FormElement form = (FormElement) page.selectFirst("#edit-form");
        changes.forEach((id, value) -> BrowserSession.set(form, "#" + id, value));
        MockHttpServletRequestBuilder request =
                post(form.attr("action"))
                        .accept("text/html")
                        .contentType("application/x-www-form-urlencoded");
        for (KeyVal pair : form.formData()) {
            request.param(pair.key(), pair.value());
        }
        return request;
    }

    /** Returns the POST of the page's form as it stands. */
    static MockHttpServletRequestBuilder submit(Document page) {
        return submit(page, Map.of());
    }
}
