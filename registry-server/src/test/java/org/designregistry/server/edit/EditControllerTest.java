package org.designregistry.server.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.Resources;
import org.designregistry.ontology.DR;
import org.designregistry.server.impact.SampleRegistryBeans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(EditController.class)
// Who may edit is the security integration tests' concern; these check the form and its saves.
@AutoConfigureMockMvc(addFilters = false)
@Import(SampleRegistryBeans.class)
class EditControllerTest {

    @Autowired MockMvc mvc;
    @Autowired Resources resources;
    @Autowired Registry registry;

    @Test
    void drawsAFieldPerShapePropertyWithTheStoredValues() throws Exception {
        Document form = page(mvc, "/resource/artefact/DES138/edit", 200);

        assertThat(form.title()).isEqualTo("Edit DES138 - Design Registry");
        assertThat(form.selectFirst("#label").val()).isEqualTo("DES138 Interface Catalogue");
        assertThat(form.select(".registry-edit-field legend").eachText())
                .startsWith("Title", "Illustrative (optional)", "Version (optional)")
                .contains("Artefact type", "Status", "Owner", "Producer (optional)");
        assertThat(field(form, "dcterms:title").selectFirst("input[type=text]").val())
                .isEqualTo("Interface Catalogue");
        assertThat(field(form, "dr:status").selectFirst("option[selected]").text())
                .isEqualTo("Approved");
        assertThat(field(form, "dr:ownedBy").select(".govuk-checkboxes__label").eachText())
                .containsExactly("Remove Elexon-Central-Systems Elexon Central Systems");
        assertThat(field(form, "dr:producedBy").text())
                .contains("Remove TDWG Technical Design Working Group (TDWG)");
    }

    @Test
    void savesChangedValuesAndLinksAndShowsTheResourceAgain() throws Exception {
        Document form = page(mvc, "/resource/artefact/DES140/edit", 200);
        String title = field(form, "dcterms:title").selectFirst("input[type=text]").id();
        String newOwner = field(form, "dr:ownedBy").selectFirst("input[type=text]").id();

        MockHttpServletResponse saved =
                mvc.perform(
                                EditForms.submit(
                                        form,
                                        Map.of(
                                                title, "Data Item Catalogue (revised)",
                                                newOwner, "workstream:Smart")))
                        .andReturn()
                        .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/resource/artefact/DES140");
        var des140 = resources.describe(Ref.parse("DES140"));
        assertThat(des140.properties())
                .filteredOn(p -> p.property().name().equals("dcterms:title"))
                .flatExtracting(p -> p.values())
                .extracting(v -> v.text())
                .containsExactly("Data Item Catalogue (revised)");
        assertThat(des140.outgoing())
                .filteredOn(g -> g.relation().name().equals("dr:ownedBy"))
                .flatExtracting(g -> g.resources())
                .extracting(l -> l.resource().identifier())
                .contains("Smart");
    }

    @Test
    void refusesASaveThatBreaksAShapeAndShowsWhyBesideTheField() throws Exception {
        Document form = page(mvc, "/resource/artefact/DES138/edit", 200);
        String before = resources.describe(Ref.parse("DES138")).version();
        String title = field(form, "dcterms:title").selectFirst("input[type=text]").id();

        Document refused = refused(EditForms.submit(form, Map.of(title, "")), 422);

        assertThat(refused.title()).startsWith("Error: ");
        Element titleField = field(refused, "dcterms:title");
        assertThat(titleField.hasClass("govuk-form-group--error")).isTrue();
        assertThat(titleField.select(".govuk-error-message").text())
                .contains("needs exactly one title");
        assertThat(refused.select("#error-summary a").eachAttr("href")).contains("#" + title);
        assertThat(refused.selectFirst("#" + title).val()).isEmpty();
        assertThat(resources.describe(Ref.parse("DES138")).version()).isEqualTo(before);
    }

    @Test
    void refusesALinkToAResourceOfTheWrongClassBesideItsField() throws Exception {
        Document form = page(mvc, "/resource/artefact/DES138/edit", 200);
        String dependsOn = field(form, "dr:dependsOn").selectFirst("input[type=text]").id();

        Document refused = refused(EditForms.submit(form, Map.of(dependsOn, "DI-037")), 422);

        assertThat(field(refused, "dr:dependsOn").select(".govuk-error-message").text())
                .contains("must be a design artefact");
        assertThat(refused.selectFirst("#" + dependsOn).val()).isEqualTo("DI-037");
    }

    @Test
    void showsARuleAboutTheWholeResourceBesideTheFieldHoldingTheValueItObjectsTo()
            throws Exception {
        Document form = page(mvc, "/resource/artefact/DES145/edit", 200);
        String status = field(form, "dr:status").selectFirst("select").id();

        Document refused =
                refused(
                        EditForms.submit(
                                form,
                                Map.of(status, "https://w3id.org/design-registry/status/Approved")),
                        422);

        assertThat(field(refused, "dr:status").select(".govuk-error-message").text())
                .contains("needs an approving decision");
        assertThat(refused.select("#error-summary a").eachAttr("href"))
                .containsExactly("#" + status);
    }

    @Test
    void refusesALinkToNothingBesideTheRowWithoutSaving() throws Exception {
        Document form = page(mvc, "/resource/artefact/DES138/edit", 200);
        String before = resources.describe(Ref.parse("DES138")).version();
        String dependsOn = field(form, "dr:dependsOn").selectFirst("input[type=text]").id();

        Document refused = refused(EditForms.submit(form, Map.of(dependsOn, "NOPE-999")), 400);

        assertThat(refused.select("#" + dependsOn + "-error").text())
                .contains("No resource matches 'NOPE-999'");
        assertThat(refused.select("#error-summary a").eachAttr("href")).contains("#" + dependsOn);
        assertThat(resources.describe(Ref.parse("DES138")).version()).isEqualTo(before);
    }

    @Test
    void refusesADateThatIsNotOneAndAnEmptyLabel() throws Exception {
        Document form = page(mvc, "/resource/decision/DAG-2021-11-17-01/edit", 200);
        String date = field(form, "dcterms:date").selectFirst("input[type=date]").id();
        assertThat(form.selectFirst("#" + date).attr("type")).isEqualTo("date");

        Document refused =
                refused(EditForms.submit(form, Map.of(date, "17/11/2021", "label", "")), 400);

        assertThat(refused.select("#" + date + "-error").text())
                .contains("Enter a real date as year-month-day");
        assertThat(refused.selectFirst("#label-error").text()).contains("Enter a label");
        assertThat(refused.select("#error-summary a").eachAttr("href"))
                .containsExactly("#label", "#" + date);
    }

    @Test
    void refusesAFormDrawnBeforeSomebodyElsesChange() throws Exception {
        Document form = page(mvc, "/resource/data-item/DI-040/edit", 200);
        Document other = page(mvc, "/resource/data-item/DI-040/edit", 200);
        assertThat(
                        mvc.perform(EditForms.submit(other, Map.of("label", "DI-040 first")))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                .isEqualTo(302);

        Document refused = refused(EditForms.submit(form, Map.of("label", "DI-040 second")), 409);

        assertThat(refused.selectFirst("#edit-notice").text())
                .contains("Somebody changed this resource after you opened the form");
        assertThat(refused.selectFirst("#reopen").attr("href"))
                .isEqualTo("/resource/data-item/DI-040/edit");
        assertThat(resources.describe(Ref.parse("DI-040")).label()).isEqualTo("DI-040 first");
    }

    @Test
    void addsLinksAndValuesOfOtherPropertiesAndRemovesTickedLinks() throws Exception {
        Document form = page(mvc, "/resource/data-item/DI-037/edit", 200);
        assertThat(form.select("#other-links")).isEmpty();
        String newLink = form.selectFirst("#new-links input[type=text]").id();
        String newProperty = form.selectFirst("#new-values input[list=value-properties]").id();
        String newText = form.selectFirst("#new-values input[type=text]:not([list])").id();

        assertThat(
                        mvc.perform(
                                        EditForms.submit(
                                                form,
                                                Map.of(
                                                        newLink + "-property",
                                                        "dr:carriedBy",
                                                        newLink,
                                                        "IF-001",
                                                        newProperty,
                                                        "skos:note",
                                                        newText,
                                                        "Checked against the catalogue")))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                .isEqualTo(302);

        Document added = page(mvc, "/resource/data-item/DI-037/edit", 200);
        Element link = added.selectFirst("#other-links input[type=checkbox]");
        assertThat(added.selectFirst("#other-links label[for=" + link.id() + "]").text())
                .startsWith("Remove carried by IF-001");
        assertThat(added.select("#other-values input[type=text]").eachAttr("value"))
                .contains("Checked against the catalogue");

        mvc.perform(EditForms.submit(added, Map.of(link.id(), "true"))).andReturn();

        assertThat(page(mvc, "/resource/data-item/DI-037/edit", 200).select("#other-links"))
                .isEmpty();
    }

    @Test
    void keepsAStoredConceptOutsideTheSchemeWhenSavingOtherChanges() throws Exception {
        storeUnchecked(
                "artefact/DES150",
                DR.status,
                ResourceFactory.createResource("urn:example:Shelved"));
        Document form = page(mvc, "/resource/artefact/DES150/edit", 200);
        assertThat(field(form, "dr:status").selectFirst("option[selected]").text())
                .isEqualTo("urn:example:Shelved (not in the scheme)");

        MockHttpServletResponse saved =
                mvc.perform(EditForms.submit(form, Map.of("label", "DES150 renamed")))
                        .andReturn()
                        .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(resources.describe(Ref.parse("DES150")).properties())
                .filteredOn(p -> p.property().name().equals("dr:status"))
                .flatExtracting(p -> p.values())
                .extracting(v -> v.iri())
                .containsExactly("urn:example:Shelved");
    }

    @Test
    void showsAStoredValueThatIsNotABooleanAndAsksForOneInsteadOfDroppingIt() throws Exception {
        storeUnchecked(
                "data-item/DI-045",
                DR.illustrative,
                ResourceFactory.createTypedLiteral("yes", XSDDatatype.XSDboolean));
        Document form = page(mvc, "/resource/data-item/DI-045/edit", 200);
        String flag = field(form, "dr:illustrative").selectFirst("select").id();
        assertThat(form.selectFirst("#" + flag + " option[selected]").val()).isEqualTo("yes");

        Document refused = refused(EditForms.submit(form), 400);

        assertThat(refused.selectFirst("#" + flag + "-error").text())
                .contains("'yes' is not a valid xsd:boolean");
    }

    @Test
    void asksForAStoredDateOfAnotherDatatypeAsTextSoThatSavingKeepsIt() throws Exception {
        storeUnchecked(
                "decision/DAG-2021-11-17-02",
                DCTerms.date,
                ResourceFactory.createTypedLiteral("2021-11", XSDDatatype.XSDgYearMonth));
        Document form = page(mvc, "/resource/decision/DAG-2021-11-17-02/edit", 200);
        Element date = field(form, "dcterms:date").selectFirst("input.govuk-input");

        assertThat(date.attr("type")).isEqualTo("text");
        assertThat(date.val()).isEqualTo("2021-11");
    }

    /** Stores a value as a load would, unchecked, in place of the resource's values of it. */
    private void storeUnchecked(String path, Property property, RDFNode value) {
        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    Model model =
                            ModelFactory.createModelForGraph(registry.dataset().getDefaultGraph());
                    Resource resource =
                            model.createResource("https://registry.mhhs.example/id/" + path);
                    model.removeAll(resource, property, null);
                    model.add(resource, property, value);
                });
    }

    @Test
    void readsAFormThatSkipsARowAsOneWithAnEmptyRowThere() throws Exception {
        Document form = page(mvc, "/resource/data-item/DI-046/edit", 200);
        String name = form.selectFirst("#new-links input[type=hidden]").attr("name");
        String row = name.substring(0, name.indexOf('.') + 1);
        form.select("#edit-form [name]").stream()
                .filter(e -> e.attr("name").startsWith(row))
                .forEach(Element::remove);
        assertThat(form.select("#edit-form [name^=rows]").eachAttr("name"))
                .noneMatch(n -> n.startsWith(row));
        MockHttpServletRequestBuilder post = EditForms.submit(form);

        MockHttpServletResponse response = mvc.perform(post).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
    }

    @Test
    void answersARowIndexThatIsNotANumberOrBeyondTheLimitWithBadRequest() throws Exception {
        Document form = page(mvc, "/resource/data-item/DI-046/edit", 200);

        Document notANumber =
                refused(EditForms.submit(form).param("rows[abc].value", "not an index"), 400);
        Document beyond =
                refused(EditForms.submit(form).param("rows[99999].value", "far out"), 400);

        assertThat(notANumber.selectFirst("#error-message").text())
                .contains("The form could not be read, so nothing was saved");
        assertThat(beyond.selectFirst("#error-message").text())
                .contains("The form could not be read");
    }

    @Test
    void answersNotFoundForAResourceTheRegistryDoesNotHold() throws Exception {
        Document missing = page(mvc, "/resource/data-item/DI-999/edit", 404);

        assertThat(missing.selectFirst("#error-message").text()).contains("data-item:DI-999");
        assertThat(page(mvc, "/resource/widget/W-1/edit", 404).selectFirst("#error-message").text())
                .contains("no kind of resource called 'widget'")
                .contains("data-item");
    }

    private Document refused(MockHttpServletRequestBuilder post, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(post).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element field(Document form, String property) {
        Element field = form.selectFirst(".registry-edit-field[data-property=" + property + "]");
        assertThat(field).as("field " + property).isNotNull();
        return field;
    }
}
