package org.designregistry.model.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactQuery.Direction;
import org.designregistry.model.impact.ImpactReport.Party;
import org.designregistry.model.impact.ImpactReport.Revisit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who to involve and what to revisit, on a programme with known seats (impact/involvement.ttl). */
class ImpactInvolvementTest {

    private static Registry registry;
    private static ImpactAnalysis impact;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("impact/involvement.ttl")));
        impact = ImpactAnalysis.of(registry);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static ImpactReport analyse(String from, Direction direction) {
        return impact.analyse(ImpactQuery.from(from).direction(direction).build());
    }

    private static List<String> ids(List<Party> parties) {
        return parties.stream().map(p -> p.party().identifier()).toList();
    }

    private static List<String> ids(List<ResourceRef> refs, boolean unused) {
        return refs.stream().map(ResourceRef::identifier).toList();
    }

    private static List<String> items(List<Revisit> revisits) {
        return revisits.stream().map(r -> r.item().identifier()).toList();
    }

    @Test
    void neverAsksToRevisitWhatIsOnlyUpstream() {
        for (Direction direction : List.of(Direction.UPSTREAM, Direction.BOTH)) {
            ImpactReport report = analyse("DES1", direction);

            assertThat(items(report.summary().decisionsToRevisit()))
                    .as(direction.name())
                    .doesNotContain("DES0");
            assertThat(items(report.summary().upstreamApprovals()))
                    .as(direction.name())
                    .containsExactly("DES0");
            assertThat(report.summary().upstreamApprovals().get(0).approval().orElseThrow().body())
                    .extracting(ResourceRef::identifier)
                    .isEqualTo("Ofgem");
            assertThat(ids(report.summary().involve().approvingBodies()))
                    .as(direction.name())
                    .doesNotContain("Ofgem");
            assertThat(ids(report.summary().involve().workstreams()))
                    .as(direction.name())
                    .doesNotContain("Settlement");
            assertThat(ids(report.summary().involve().marketRoles()))
                    .as("interfaces found only upstream bring in no market role")
                    .isEmpty();
        }
    }

    @Test
    void keepsTheDirectionsApartInTheCounts() {
        ImpactReport both = analyse("DES1", Direction.BOTH);

        assertThat(items(both.summary().decisionsToRevisit())).containsExactly("DES1", "DES2");
        assertThat(both.summary().downstreamHits()).isEqualTo(3); // D1, DES2 and D2
        assertThat(both.summary().upstreamHits())
                .isEqualTo(both.hits().size() - 3)
                .isGreaterThanOrEqualTo(4); // IF-1, DES0, DI-1, IF-0 and the roles
        assertThat(both.summary().hits()).isEqualTo(both.hits().size());
    }

    @Test
    void namesTheMarketRolesThatSendOrReceiveAChangedInterface() {
        ImpactReport report = analyse("DI-1", Direction.DOWNSTREAM);

        List<Party> roles = report.summary().involve().marketRoles();
        assertThat(ids(roles)).containsExactlyInAnyOrder("SUP", "VAS");
        assertThat(roles)
                .allSatisfy(r -> assertThat(ids(r.because(), true)).containsExactly("IF-1"));
    }

    @Test
    void narrowsTheConstituenciesToTheSeatsOfTheGroupsThatMustRework() {
        ImpactReport report = analyse("DI-1", Direction.DOWNSTREAM);

        List<Party> constituencies = report.summary().involve().constituencies();
        assertThat(ids(constituencies)).containsExactly("DNO", "Large-Supplier");
        assertThat(constituencies)
                .allSatisfy(
                        c -> {
                            assertThat(ids(c.via(), true)).containsExactly("WG-A");
                            assertThat(ids(c.because(), true)).containsExactly("DES1", "DES2");
                        });
        assertThat(ids(report.summary().involve().approvingBodies())).containsExactly("DAG");
    }

    @Test
    void saysWhyEachPartyIsInvolved() {
        ImpactReport.Involvement involve =
                analyse("DI-1", Direction.DOWNSTREAM).summary().involve();

        Party registrations = involve.workstreams().get(0);
        assertThat(registrations.party().identifier()).isEqualTo("Registrations");
        assertThat(ids(registrations.because(), true)).containsExactly("IF-1", "DES1", "DES2");
        assertThat(registrations.count()).isEqualTo(3);
        Party dag = involve.approvingBodies().get(0);
        assertThat(dag.count()).isEqualTo(2);
        assertThat(ids(dag.because(), true)).containsExactly("DES1", "DES2");
    }

    @Test
    void writesTheHeaderBlockAndTheUpstreamApartInMarkdownAndCsv() {
        ImpactReport report = analyse("DES1", Direction.BOTH);
        ReportHeader header = new ReportHeader(Instant.parse("2026-12-03T10:15:00Z"), 42, "alice");

        String md = report.toMarkdown(header);
        assertThat(md)
                .contains("- When: 2026-12-03 10:15 UTC")
                .contains("- Data version: change 42 of the history")
                .contains("- By: alice")
                .contains("## Approvals of what the change depends on")
                .contains("## What the change depends on (upstream), nearest first")
                .doesNotContain("### Market roles"); // no changed interface
        String revisitSection =
                md.substring(
                        md.indexOf("## Decisions to revisit"),
                        md.indexOf("## Approvals of what the change depends on"));
        assertThat(revisitSection).contains("DES1").contains("DES2").doesNotContain("DES0");
        assertThat(report.toCsv(header))
                .startsWith("# Change to: DES1")
                .contains("# By: alice")
                .contains("\r\ndepth,direction,identifier");
        assertThat(header.fileName(report, "csv")).isEqualTo("impact-DES1-2026-12-03.csv");
    }
}
