package org.designregistry.model.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.trace.CoverageReport;
import org.designregistry.model.trace.Traceability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented SPARQL queries in {@code samples/queries/}: each runs on the MHHS sample and
 * answers what the Java engine answers; each gap query also finds the known gap of the trace
 * fixture, since the sample (valid against the shapes) has no gaps of some checks.
 */
class SampleQueriesTest {

    private static final java.util.Map<String, String> SUBJECT =
            java.util.Map.of(
                    "unsatisfied-requirements", "requirement",
                    "interfaces-without-sender-or-receiver", "interface",
                    "uncarried-data-items", "dataItem",
                    "unowned-artefacts", "artefact",
                    "approved-artefacts-without-decision", "artefact",
                    "unspecified-processes", "process");

    private static Registry mhhs;
    private static Registry fixture;

    @BeforeAll
    static void load() {
        mhhs = Registries.createInMemory();
        mhhs.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        fixture = Registries.createInMemory();
        fixture.loadSources(List.of(RdfSource.classpath("trace/gaps.ttl")));
    }

    @AfterAll
    static void close() {
        mhhs.close();
        fixture.close();
    }

    private static String query(String name) throws IOException {
        try (InputStream in =
                SampleQueriesTest.class
                        .getClassLoader()
                        .getResourceAsStream("samples/queries/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<QuerySolution> run(Registry registry, String name) throws IOException {
        String text = query(name);
        return registry.read(
                m -> {
                    try (var exec = QueryExecutionFactory.create(text, m)) {
                        List<QuerySolution> rows = new java.util.ArrayList<>();
                        exec.execSelect().forEachRemaining(rows::add);
                        return rows;
                    }
                });
    }

    private static Set<String> iris(List<QuerySolution> rows, String variable) {
        return rows.stream()
                .map(r -> r.getResource(variable).getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyQueryStartsWithAHeaderComment() throws IOException {
        for (String name :
                List.of(
                        "downstream-closure.rq",
                        "decisions-to-revisit.rq",
                        "artefacts-by-status.rq",
                        "trace-matrix.rq",
                        "gap-unsatisfied-requirements.rq",
                        "gap-interfaces-without-sender-or-receiver.rq",
                        "gap-uncarried-data-items.rq",
                        "gap-unowned-artefacts.rq",
                        "gap-approved-artefacts-without-decision.rq",
                        "gap-unspecified-processes.rq")) {
            String text = query(name);
            assertThat(text.lines().findFirst())
                    .as(name)
                    .hasValueSatisfying(l -> assertThat(l).startsWith("# "));
            assertThat(text).as(name).contains("# Returns");
        }
    }

    @Test
    void downstreamClosureFindsWhatTheEngineFinds() throws IOException {
        List<QuerySolution> rows = run(mhhs, "downstream-closure.rq");
        ImpactReport report =
                ImpactAnalysis.of(mhhs).analyse(ImpactQuery.from("DI-037").details(false).build());

        assertThat(rows).isNotEmpty();
        assertThat(iris(rows, "hit"))
                .isEqualTo(
                        report.hits().stream()
                                .map(h -> h.resource().iri())
                                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void decisionsToRevisitFindsTheDagApprovals() throws IOException {
        List<QuerySolution> rows = run(mhhs, "decisions-to-revisit.rq");
        ImpactReport report = ImpactAnalysis.of(mhhs).analyse(ImpactQuery.from("DI-037").build());

        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.getLiteral("bodyId").getString()).isEqualTo("DAG"));
        assertThat(iris(rows, "decision"))
                .isEqualTo(
                        report.summary().decisionsToRevisit().stream()
                                .map(v -> v.approval().orElseThrow().decision().iri())
                                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void traceMatrixFindsThePairsTheEngineFinds() throws IOException {
        List<QuerySolution> rows = run(mhhs, "trace-matrix.rq");
        var matrix = Traceability.of(mhhs).matrix("Requirement", "BusinessProcess", List.of());

        assertThat(rows).isNotEmpty().hasSize(matrix.links().size());
        assertThat(rows)
                .allSatisfy(
                        r ->
                                assertThat(
                                                matrix.linked(
                                                        r.getLiteral("requirementId").getString(),
                                                        r.getLiteral("processId").getString()))
                                        .isTrue());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unsatisfied-requirements",
                "interfaces-without-sender-or-receiver",
                "uncarried-data-items",
                "unowned-artefacts",
                "approved-artefacts-without-decision",
                "unspecified-processes"
            })
    void gapQueryFindsTheGapsTheEngineFinds(String check) throws IOException {
        for (Registry registry : List.of(mhhs, fixture)) {
            List<QuerySolution> rows = run(registry, "gap-" + check + ".rq");
            CoverageReport.Check expected = Traceability.of(registry).gaps().check(check);
            Set<String> found =
                    rows.stream()
                            .map(r -> r.getResource(SUBJECT.get(check)).getURI())
                            .collect(Collectors.toCollection(TreeSet::new));

            assertThat(found)
                    .as(check)
                    .isEqualTo(
                            expected.gaps().stream()
                                    .map(ResourceRef::iri)
                                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(run(fixture, "gap-" + check + ".rq")).as(check).isNotEmpty();
    }

    @Test
    void theSampleHasRequirementGapsOnPurpose() throws IOException {
        assertThat(run(mhhs, "gap-unsatisfied-requirements.rq")).hasSize(9);
    }
}
