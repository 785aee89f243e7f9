package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private final PageLinks links = new PageLinks();

    @Test
    void linksAResourceByKindAndIdentifier() {
        assertThat(
                        links.resource(
                                ref(
                                        "https://x.test/id/data-item/DI-037",
                                        "DI-037",
                                        DR.DataItem.getURI())))
                .isEqualTo("/resource/data-item/DI-037");
        assertThat(
                        links.resource(
                                ref(
                                        "https://x.test/id/body/WG",
                                        "BPRWG",
                                        DR.WorkingGroup.getURI())))
                .isEqualTo("/resource/body/BPRWG");
    }

    @Test
    void linksByIriWhenThereIsNoKindOrPlainIdentifier() {
        assertThat(links.resource(ref("https://x.test/thing", "T1", "https://x.test/Unknown")))
                .isEqualTo("/resource?iri=https://x.test/thing");
        assertThat(links.resource(ref("https://x.test/a", "", DR.DataItem.getURI())))
                .isEqualTo("/resource?iri=https://x.test/a");
        assertThat(links.resource(ref("https://x.test/a b#c", "A/B", DR.DataItem.getURI())))
                .isEqualTo("/resource?iri=https://x.test/a%20b%23c");
    }

    @Test
    void linksListsFiltersAndImpact() {
        assertThat(links.browse("data-item")).isEqualTo("/browse/data-item");
        assertThat(links.filter("workstream", "Elexon Central Systems"))
                .isEqualTo("/browse?workstream=Elexon%20Central%20Systems");
        assertThat(
                        links.impact(
                                ref(
                                        "https://x.test/id/data-item/DI-037",
                                        "DI-037",
                                        DR.DataItem.getURI())))
                .isEqualTo("/impact?from=data-item:DI-037");
    }

    @Test
    void linksImpactDownloadsWithEveryValueEncoded() {
        assertThat(
                        links.impactReport(
                                "DI-037",
                                null,
                                "downstream",
                                " ",
                                java.util.List.of(
                                        "https://w3id.org/design-registry#carries", "a&b"),
                                "csv"))
                .isEqualTo(
                        "/api/impact?from=DI-037&direction=downstream"
                                + "&relations=https%3A%2F%2Fw3id.org%2Fdesign-registry%23carries"
                                + "&relations=a%26b&format=csv");
    }

    private static ResourceRef ref(String iri, String identifier, String type) {
        return new ResourceRef(iri, identifier, "label", type);
    }
}
