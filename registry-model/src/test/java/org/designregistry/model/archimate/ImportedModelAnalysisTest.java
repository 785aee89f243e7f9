package org.designregistry.model.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.search.SearchQuery;
import org.designregistry.model.search.SearchResult;
import org.designregistry.model.trace.TraceMatrix;
import org.designregistry.model.trace.Traceability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Impact analysis, search and the traceability matrix over an imported ArchiMate model. */
class ImportedModelAnalysisTest {

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void importModel() throws Exception {
        ArchiMateImportTest.commit(registry, ExchangeReaderTest.switchingModel());
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void aChangeToAServiceReachesWhatItServesWhatRealizesItAndWhoPerformsThem() {
        ImpactReport report =
                ImpactAnalysis.of(registry)
                        .analyse(
                                ImpactQuery.from("element:id-ApplicationService")
                                        .direction(ImpactQuery.Direction.DOWNSTREAM)
                                        .build());

        assertThat(report.hits())
                .extracting(h -> h.resource().identifier())
                .containsExactlyInAnyOrder(
                        "id-BusinessProcess", // served by the service
                        "id-BusinessFunction", // receives the process's flow
                        "id-BusinessRole", // assigned to the process
                        "id-BusinessActor", // assigned to the role
                        "id-ApplicationFunction", // realizes the service
                        "id-ApplicationComponent"); // assigned to the function
    }

    @Test
    void associationsAndReverseRelationsCarryNoChange() {
        ImpactReport fromStakeholder =
                ImpactAnalysis.of(registry)
                        .analyse(ImpactQuery.from("element:id-Stakeholder").build());
        ImpactReport fromRequirement =
                ImpactAnalysis.of(registry)
                        .analyse(
                                ImpactQuery.from("requirement:id-Requirement")
                                        .direction(ImpactQuery.Direction.DOWNSTREAM)
                                        .build());

        assertThat(fromStakeholder.hits()).isEmpty();
        assertThat(fromRequirement.hits())
                .extracting(h -> h.resource().identifier())
                .contains("id-BusinessProcess");
    }

    @Test
    void aChangeToADataObjectReachesEveryoneWhoReadsOrWritesIt() {
        ImpactReport report =
                ImpactAnalysis.of(registry)
                        .analyse(
                                ImpactQuery.from("data-item:id-DataObject")
                                        .direction(ImpactQuery.Direction.DOWNSTREAM)
                                        .maxDepth(1)
                                        .build());

        assertThat(report.hits())
                .extracting(h -> h.resource().identifier())
                .containsExactlyInAnyOrder("id-ApplicationFunction", "id-ApplicationProcess");
    }

    @Test
    void searchFindsImportedElementsByNameWithTheirArchiMateType() {
        SearchResult result = registry.search().search(SearchQuery.of("Registration Service"));

        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits().get(0).identifier()).isEqualTo("id-ApplicationComponent");
        assertThat(result.hits().get(0).typeLabel()).isEqualTo("application component");
    }

    @Test
    void theMatrixLinksImportedProcessesToTheRequirementsTheyRealize() {
        TraceMatrix matrix = Traceability.of(registry).matrix("requirement", "process", List.of());

        assertThat(matrix.rows())
                .extracting(ResourceRef::identifier)
                .contains("id-Requirement", "id-Constraint");
        assertThat(matrix.linked("id-Requirement", "id-BusinessProcess")).isTrue();
        assertThat(matrix.linked("id-Constraint", "id-BusinessProcess")).isFalse();
    }
}
