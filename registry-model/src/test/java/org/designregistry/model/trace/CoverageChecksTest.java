package org.designregistry.model.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks of what rests on what, on a fixture with known gaps (trace/more-gaps.ttl). */
class CoverageChecksTest {

    private static Registry registry;
    private static CoverageReport report;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("trace/more-gaps.ttl")));
        report = Traceability.of(registry).gaps();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static List<String> gaps(String check) {
        return report.check(check).gaps().stream().map(ResourceRef::identifier).toList();
    }

    @Test
    void findsApprovedArtefactsThatDependOnUnapprovedOnes() {
        assertThat(gaps("approved-artefacts-depending-on-unapproved"))
                .containsExactlyInAnyOrder("AP3", "AP4");
        // Only approved artefacts are checked: AP1, AP2, AP3 and AP4.
        assertThat(report.check("approved-artefacts-depending-on-unapproved").total()).isEqualTo(4);
    }

    @Test
    void findsProcessesThatSatisfyNoRequirement() {
        assertThat(gaps("processes-satisfying-no-requirement")).containsExactly("BPC");
    }

    @Test
    void findsInterfacesAndDataItemsNoArtefactSpecifies() {
        assertThat(gaps("unspecified-interfaces")).containsExactly("IFB");
        assertThat(gaps("unspecified-data-items")).containsExactly("DIB");
    }

    @Test
    void findsInterfacesNoProcessUses() {
        assertThat(gaps("unused-interfaces")).containsExactly("IFB");
    }

    @Test
    void findsEventsThatTriggerNothing() {
        assertThat(gaps("events-triggering-nothing")).containsExactly("EVC");
        assertThat(report.check("events-triggering-nothing").total()).isEqualTo(3);
    }

    @Test
    void namesTheOwnersOfEachResourceThatFails() {
        CoverageReport.Check check = report.check("approved-artefacts-depending-on-unapproved");
        ResourceRef ap3 =
                check.gaps().stream()
                        .filter(g -> g.identifier().equals("AP3"))
                        .findFirst()
                        .orElseThrow();
        ResourceRef ap4 =
                check.gaps().stream()
                        .filter(g -> g.identifier().equals("AP4"))
                        .findFirst()
                        .orElseThrow();

        assertThat(check.ownersOf(ap3))
                .extracting(ResourceRef::identifier)
                .containsExactly("Smart");
        assertThat(check.ownersOf(ap4)).isEmpty();
        assertThat(report.toMarkdown())
                .contains("AP3 Approved on a draft (owned by Smart)")
                .contains("AP4 Approved on a draft, stated backwards (no owner)");
    }
}
