package org.designregistry.model.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.browse.Description.LinkGroup;
import org.designregistry.model.browse.Description.Property;
import org.designregistry.model.browse.Description.Value;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.browse.Listing.FacetValue;
import org.designregistry.model.catalog.Decision;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryBrowserTest {

    private static final String ID = "https://registry.test/id/";

    private Registry registry;
    private RegistryBrowser browser;

    @BeforeEach
    void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("browse/registry.ttl")));
        browser = RegistryBrowser.of(registry);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void describesPropertiesWithLabelsIdentifierFirst() {
        Description di037 = describe("data-item/DI-037");

        assertThat(di037.properties())
                .extracting(Property::label)
                .containsExactly("identifier", "label", "comment", "data format", "source");
        assertThat(di037.values(DR.dataFormat.getURI())).containsExactly(new Value("CHAR(2)", ""));
        assertThat(di037.values(DCTerms.source.getURI()))
                .containsExactly(
                        new Value(
                                "data-item-catalogue", "https://example.test/data-item-catalogue"));
        assertThat(di037.resource())
                .isEqualTo(
                        new ResourceRef(
                                ID + "data-item/DI-037",
                                "DI-037",
                                "GSP Group ID",
                                DR.DataItem.getURI()));
        assertThat(di037.kind()).contains(Ref.Kind.DATA_ITEM);
    }

    @Test
    void groupsLinksByRelationWhicheverWayTheDataStatesThem() {
        Description di037 = describe("data-item/DI-037");

        assertThat(di037.links(DR.carriedBy.getURI(), false))
                .hasValueSatisfying(
                        group -> {
                            assertThat(group.label()).isEqualTo("carried by");
                            assertThat(group.resources())
                                    .extracting(ResourceRef::identifier)
                                    .containsExactly("IF-001", "IF-002");
                        });
        assertThat(di037.links())
                .extracting(LinkGroup::relationIri)
                .doesNotContain(DR.carries.getURI());
    }

    @Test
    void showsBothEndsOfALinkFromEitherResource() {
        Description if001 = describe("interface/IF-001");

        assertThat(if001.links())
                .extracting(LinkGroup::label)
                .containsExactly(
                        "carries", "mentions", "received by", "sent by", "specified by", "used by");
        assertThat(if001.links(DR.uses.getURI(), false)).isEmpty();
        assertThat(if001.links(DR.usedBy.getURI(), false).orElseThrow().resources())
                .extracting(ResourceRef::identifier)
                .containsExactly("BADP");
    }

    @Test
    void groupsIncomingLinksOfARelationWithoutInverseAsInverse() {
        Description di038 = describe("data-item/DI-038");

        assertThat(di038.links())
                .containsExactly(
                        new LinkGroup(
                                "https://example.test/vocab#mentions",
                                "mentions",
                                true,
                                List.of(describe("interface/IF-001").resource())));
    }

    @Test
    void listsTheDecisionsAboutAResourceWhicheverWayTheyAreStated() {
        assertThat(describe("artefact/E2E001").decisions())
                .extracting(Decision::label)
                .containsExactly(
                        "Reject the first E2E architecture",
                        "Refer the E2E architecture for more work");
        assertThat(describe("artefact/DES138").decisions())
                .extracting(Decision::label)
                .containsExactly("Approve the Interface List");
        assertThat(describe("data-item/DI-037").decisions()).isEmpty();
    }

    @Test
    void saysWhetherAResourceIsIllustrative() {
        assertThat(describe("artefact/DES200").illustrative()).isTrue();
        assertThat(describe("artefact/DES138").illustrative()).isFalse();
    }

    @Test
    void takesTheKindOfTheNearestClass() {
        // dr:GoverningBody is an org:Organization; the body kind is nearer than organisation.
        assertThat(describe("body/DAG").kind()).contains(Ref.Kind.BODY);
        assertThat(describe("body/DAG").types())
                .extracting(c -> c.iri())
                .containsExactly(DR.GoverningBody.getURI());
    }

    @Test
    void describesNothingTheDataDoesNotDescribe() {
        assertThat(browser.describe(ID + "data-item/DI-999")).isEmpty();
        assertThat(browser.describe("https://w3id.org/design-registry/status/Approved")).isEmpty();
        assertThat(browser.describe(DR.DataItem.getURI())).isEmpty();
    }

    @Test
    void findsResourcesByReference() {
        assertThat(browser.find(Ref.parse("interface:IF-001")))
                .extracting(ResourceRef::iri)
                .containsExactly(ID + "interface/IF-001");
        assertThat(browser.find(Ref.parse("artefact:IF-001"))).isEmpty();
    }

    @Test
    void listsOneKindWithFacetsCounted() {
        Listing artefacts = browser.list(ListQuery.of(Ref.Kind.ARTEFACT));

        assertThat(artefacts.items())
                .extracting(i -> i.resource().identifier())
                .containsExactly("DES138", "DES200", "E2E001");
        assertThat(artefacts.total()).isEqualTo(3);
        assertThat(artefacts.facet(Facet.STATUS))
                .containsExactly(
                        new FacetValue("Approved", "Approved", 1, false),
                        new FacetValue("Draft", "Draft", 2, false));
        assertThat(artefacts.facet(Facet.WORKSTREAM))
                .containsExactly(
                        new FacetValue("Registrations", "Registrations", 1, false),
                        new FacetValue("Smart", "Smart", 2, false));
        assertThat(artefacts.facet(Facet.PHASE))
                .extracting(FacetValue::key, FacetValue::count)
                .containsExactly(tuple("LogicalDesign", 2), tuple("PhysicalDesign", 1));
        assertThat(artefacts.facet(Facet.KIND))
                .filteredOn(FacetValue::selected)
                .containsExactly(new FacetValue("artefact", "artefact", 3, true));
    }

    @Test
    void readsEachItemsTypePhaseStatusAndOwners() {
        Listing.Item e2e =
                browser.list(ListQuery.of(Ref.Kind.ARTEFACT)).items().stream()
                        .filter(i -> i.resource().identifier().equals("E2E001"))
                        .findFirst()
                        .orElseThrow();

        assertThat(e2e.type().label()).isEqualTo("E2E Solution Architecture");
        assertThat(e2e.phase().label()).isEqualTo("Physical Design");
        assertThat(e2e.status().label()).isEqualTo("Draft");
        assertThat(e2e.workstreams()).extracting(ResourceRef::identifier).containsExactly("Smart");
        assertThat(e2e.kind()).contains(Ref.Kind.ARTEFACT);
    }

    @Test
    void givesOtherResourcesTheirClassAsType() {
        Listing interfaces = browser.list(ListQuery.of(Ref.Kind.INTERFACE));

        assertThat(interfaces.items())
                .extracting(i -> i.type().iri())
                .containsOnly(DR.Interface.getURI());
        assertThat(interfaces.items())
                .extracting(Listing.Item::illustrative)
                .containsExactly(false, true);
    }

    @Test
    void narrowsByFiltersAndCountsEachFacetWithoutItsOwnFilter() {
        Listing drafts =
                browser.list(ListQuery.of(Ref.Kind.ARTEFACT).filter(Facet.STATUS, "Draft"));

        assertThat(drafts.items())
                .extracting(i -> i.resource().identifier())
                .containsExactly("DES200", "E2E001");
        assertThat(drafts.facet(Facet.STATUS))
                .containsExactly(
                        new FacetValue("Approved", "Approved", 1, false),
                        new FacetValue("Draft", "Draft", 2, true));
        assertThat(drafts.facet(Facet.WORKSTREAM))
                .containsExactly(new FacetValue("Smart", "Smart", 2, false));
    }

    @Test
    void narrowsToAnyOfSeveralValuesOfAFacet() {
        Listing both =
                browser.list(
                        ListQuery.of(Ref.Kind.ARTEFACT)
                                .filter(Facet.STATUS, java.util.Set.of("Draft", "Approved")));

        assertThat(both.total()).isEqualTo(3);
        assertThat(both.facet(Facet.STATUS))
                .extracting(FacetValue::key, FacetValue::selected)
                .containsExactly(tuple("Approved", true), tuple("Draft", true));
    }

    @Test
    void sortsByAColumnStablyWithEmptyCellsLastEitherWay() {
        ListQuery byStatus = ListQuery.of(Ref.Kind.ARTEFACT).sortedBy(ListColumn.STATUS, false);
        ListQuery byStatusDown = byStatus.sortedBy(ListColumn.STATUS, true);

        assertThat(browser.rows(byStatus))
                .extracting(i -> i.resource().identifier())
                .containsExactly("DES138", "DES200", "E2E001");
        assertThat(browser.rows(byStatusDown))
                .extracting(i -> i.resource().identifier())
                .containsExactly("DES200", "E2E001", "DES138");
        assertThat(browser.list(byStatusDown.page(1, 1)).items())
                .extracting(i -> i.resource().identifier())
                .containsExactly("DES200");
    }

    @Test
    void givesEachItemTheTimeOfTheLatestChangeThatTouchedIt() {
        String des138 = ID + "artefact/DES138";
        registry.update(m -> m.add(m.createResource(des138), DCTerms.description, "Touched later"));

        java.util.Map<String, java.time.Instant> changed = new java.util.HashMap<>();
        browser.rows(ListQuery.of(Ref.Kind.ARTEFACT))
                .forEach(
                        i ->
                                changed.put(
                                        i.resource().identifier(),
                                        i.lastChanged().orElse(java.time.Instant.MIN)));
        assertThat(changed.get("DES138")).isAfter(changed.get("DES200"));
        assertThat(
                        browser.rows(
                                ListQuery.of(Ref.Kind.ARTEFACT)
                                        .sortedBy(ListColumn.LAST_CHANGED, true)))
                .extracting(i -> i.resource().identifier())
                .startsWith("DES138");
    }

    @Test
    void listsEveryKindWhenNoKindIsChosen() {
        Listing all = browser.list(ListQuery.all());

        assertThat(all.facet(Facet.KIND))
                .extracting(FacetValue::key, FacetValue::count)
                .contains(
                        tuple("artefact", 3),
                        tuple("data-item", 2),
                        tuple("decision", 3),
                        tuple("workstream", 2));
        assertThat(all.total()).isEqualTo(16);
        assertThat(all.facet(Facet.WORKSTREAM))
                .extracting(FacetValue::key, FacetValue::count)
                .containsExactly(tuple("Registrations", 1), tuple("Smart", 2));
    }

    @Test
    void keepsASelectedValueThatNothingTakes() {
        Listing none =
                browser.list(ListQuery.of(Ref.Kind.ARTEFACT).filter(Facet.STATUS, "Superseded"));

        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.facet(Facet.STATUS))
                .contains(new FacetValue("Superseded", "Superseded", 0, true));
    }

    @Test
    void pagesThroughTheItems() {
        Listing second = browser.list(ListQuery.of(Ref.Kind.ARTEFACT).page(2, 2));
        Listing beyond = browser.list(ListQuery.of(Ref.Kind.ARTEFACT).page(3, 2));

        assertThat(second.items())
                .extracting(i -> i.resource().identifier())
                .containsExactly("E2E001");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
    }

    @Test
    void rejectsPagesAndSizesOutOfRangeNamingTheValue() {
        assertThatThrownBy(() -> ListQuery.all().page(0, 10))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("Page 0");
        assertThatThrownBy(() -> ListQuery.all().page(1, 0))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("size 0");
        assertThatThrownBy(() -> ListQuery.all().page(1, ListQuery.MAX_SIZE + 1))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("size " + (ListQuery.MAX_SIZE + 1));
        assertThatThrownBy(() -> ListQuery.all().filter(Facet.STATUS, " "))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("status");
    }

    @Test
    void groupsValidationResultsByShapeNamingTheResource() {
        Health health = browser.health();

        assertThat(health.conforms()).isFalse();
        assertThat(health.version()).isEqualTo(registry.version());
        assertThat(health.shapes())
                .extracting(Health.ShapeGroup::label)
                .contains("business process: identifier", "owner");
        Health.ShapeGroup identifier =
                health.shapes().stream()
                        .filter(s -> s.label().equals("business process: identifier"))
                        .findFirst()
                        .orElseThrow();
        assertThat(identifier.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(identifier.offences())
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.resource().identifier()).isEqualTo("BADP");
                            assertThat(o.resource().typeIri())
                                    .isEqualTo(DR.BusinessProcess.getURI());
                            assertThat(o.path()).isEqualTo("dcterms:identifier");
                            assertThat(o.message()).contains("BPnnn");
                        });
        assertThat(health.count(Severity.VIOLATION)).isEqualTo(2);
    }

    @Test
    void keepsTheHealthUntilTheRegistryChanges() {
        Health first = browser.health();

        assertThat(browser.health()).isSameAs(first);

        load(
                "<https://registry.test/id/process/BADP> <https://w3id.org/design-registry#ownedBy>"
                        + " <https://registry.test/id/workstream/Smart> .");
        Health after = browser.health();

        assertThat(after).isNotSameAs(first);
        assertThat(after.version()).isGreaterThan(first.version());
        assertThat(after.count(Severity.VIOLATION)).isEqualTo(1);
    }

    @Test
    void listsWhatWasWrittenSinceTheLastListing() {
        assertThat(browser.list(ListQuery.of(Ref.Kind.DATA_ITEM)).total()).isEqualTo(2);

        load(
                "<https://registry.test/id/data-item/DI-039> a"
                        + " <https://w3id.org/design-registry#DataItem> ;"
                        + " <"
                        + RDFS.label.getURI()
                        + "> \"Disconnection Date\" .");

        assertThat(browser.list(ListQuery.of(Ref.Kind.DATA_ITEM)).total()).isEqualTo(3);
    }

    @Test
    void givesTheLatestDecisionsFirst() {
        assertThat(browser.recentDecisions(2))
                .extracting(Decision::label)
                .containsExactly(
                        "Refer the E2E architecture for more work",
                        "Reject the first E2E architecture");
        assertThat(browser.recentDecisions(10)).hasSize(3);
        assertThat(browser.recentDecisions(0)).isEmpty();
    }

    private Description describe(String path) {
        return browser.describe(ID + path).orElseThrow();
    }

    private void load(String turtle) {
        registry.load(
                new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)),
                RdfFormat.TURTLE,
                "test");
    }
}
