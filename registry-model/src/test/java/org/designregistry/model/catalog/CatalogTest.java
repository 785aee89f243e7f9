package org.designregistry.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final String ID = "https://registry.test/id/";

    private static final ResourceRef REGISTRATIONS =
            ref("workstream/registrations", "", "Registrations", DR.Workstream);
    private static final ResourceRef SMART = ref("workstream/smart", "", "Smart", DR.Workstream);
    private static final ResourceRef DAG =
            ref("body/DAG", "DAG", "Design Advisory Group", DR.GoverningBody);
    private static final ResourceRef BPRWG =
            ref(
                    "body/BPRWG",
                    "BPRWG",
                    "Business Process and Requirements Working Group",
                    DR.WorkingGroup);
    private static final ResourceRef DES138 =
            ref("artefact/DES138", "DES138", "Interface List", DR.DesignArtefact);
    private static final ResourceRef DES196 =
            ref("artefact/DES196", "DES196", "D Flow and Interface Mapping", DR.DesignArtefact);
    private static final ResourceRef BP009_ARTEFACT =
            ref("artefact/BP009", "BP009", "Change of Meter diagram", DR.DesignArtefact);
    private static final ResourceRef BP009 =
            ref("process/BP009", "BP009", "Change of Meter", DR.BusinessProcess);
    private static final ResourceRef IF_041 =
            ref("interface/IF-041", "IF-041", "Meter register reads", DR.Interface);
    private static final ResourceRef DI_037 =
            ref("data-item/DI-037", "DI-037", "GSP Group ID", DR.DataItem);
    private static final ResourceRef BRS003_042 =
            ref(
                    "requirement/BRS003-042",
                    "BRS003-042",
                    "Register reads reach the data service",
                    DR.FunctionalRequirement);
    private static final ResourceRef READING_COS =
            ref("event/ReadingCos", "", "Reading on change of supply", DR.Event);
    private static final ResourceRef READING_ONSITE =
            ref("event/ReadingOnsite", "", "Reading on site", DR.Event);
    private static final ResourceRef MEETING =
            ref("meeting/DAG-2021-11-17", "", "DAG, 17 November 2021", DR.Meeting);

    private static final Concept LEVEL_3 =
            new Concept(Vocabularies.Level.Level3.getURI(), "Level 3 (DAG)");
    private static final Concept LEVEL_4 =
            new Concept(Vocabularies.Level.Level4.getURI(), "Level 4 (working group)");

    private static Registry registry;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("catalog/registry.ttl")));
        catalog = registry.catalog();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void listsArtefactsByIdentifier() {
        assertThat(catalog.artefacts())
                .extracting(Artefact::identifier)
                .containsExactly("BP009", "DES138", "DES196");
    }

    @Test
    void readsAnArtefactWithItsTypePhaseAndStatusLabelledFromTheVocabularies() {
        assertThat(catalog.artefact("DES138"))
                .contains(
                        new Artefact(
                                ID + "artefact/DES138",
                                "DES138",
                                "Interface List",
                                new Concept(
                                        Vocabularies.ARTEFACT_TYPE_NS + "InterfaceList",
                                        "Interface List"),
                                new Concept(
                                        Vocabularies.Phase.LogicalDesign.getURI(),
                                        "Logical Design"),
                                new Concept(Vocabularies.Status.Approved.getURI(), "Approved"),
                                "v5.8.7",
                                List.of(REGISTRATIONS),
                                Optional.of(BPRWG),
                                false,
                                List.of(),
                                List.of(IF_041),
                                List.of()));
    }

    @Test
    void readsArtefactRelationsStatedFromTheOtherEnd() {
        Artefact diagram = catalog.artefact("BP009").orElseThrow();
        Artefact mapping = catalog.artefact("DES196").orElseThrow();

        assertThat(diagram.owners()).containsExactly(SMART);
        assertThat(diagram.producedBy()).contains(BPRWG);
        assertThat(diagram.specifies()).containsExactly(BP009);
        assertThat(diagram.dependsOn()).containsExactly(DES138);
        assertThat(diagram.illustrative()).isTrue();
        assertThat(mapping.dependsOn()).containsExactly(DES138);
        assertThat(mapping.specifies()).containsExactly(DI_037);
        assertThat(mapping.version()).isEmpty();
        assertThat(mapping.producedBy()).isEmpty();
    }

    @Test
    void findsNoArtefactForAnUnknownIdentifierOrAProcessIdentifier() {
        assertThat(catalog.artefact("DES999")).isEmpty();
        assertThat(catalog.artefact("IF-041")).isEmpty();
    }

    @Test
    void readsInterfacesWithTheirRolesDataEventsAndUsers() {
        assertThat(catalog.interfaces())
                .containsExactly(
                        new Interface(
                                ID + "interface/IF-041",
                                "IF-041",
                                "Meter register reads",
                                List.of(
                                        ref(
                                                "market-role/MSS",
                                                "MSS",
                                                "Metering Service Smart",
                                                DR.MarketRole)),
                                List.of(
                                        ref(
                                                "market-role/SDS",
                                                "SDS",
                                                "Smart Data Service",
                                                DR.MarketRole)),
                                List.of(DI_037),
                                List.of(READING_COS, READING_ONSITE),
                                List.of(BP009),
                                List.of(
                                        ref(
                                                "publication/PUB-041",
                                                "PUB-041",
                                                "Meter register reads, published",
                                                DR.Publication)),
                                List.of(BRS003_042),
                                List.of(),
                                List.of(DES138),
                                false));
    }

    @Test
    void readsProcessesDataItemsAndRequirements() {
        assertThat(catalog.processes())
                .containsExactly(
                        new BusinessProcess(
                                ID + "process/BP009",
                                "BP009",
                                "Change of Meter",
                                List.of(SMART),
                                List.of(IF_041),
                                List.of(READING_COS),
                                List.of(BRS003_042),
                                List.of(BP009_ARTEFACT),
                                List.of(),
                                false));
        assertThat(catalog.dataItems())
                .containsExactly(
                        new DataItem(
                                ID + "data-item/DI-037",
                                "DI-037",
                                "GSP Group ID",
                                "CHAR(2)",
                                List.of(IF_041),
                                List.of(DES196),
                                List.of(),
                                false));
        assertThat(catalog.requirements())
                .containsExactly(
                        new Requirement(
                                ID + "requirement/BRS003-042",
                                "BRS003-042",
                                "Register reads reach the data service",
                                DR.FunctionalRequirement.getURI(),
                                List.of(BP009, IF_041),
                                List.of(),
                                List.of(),
                                true));
    }

    @Test
    void readsDecisionsByDateWithRelationsFromEitherEnd() {
        List<Decision> decisions = catalog.decisions();

        assertThat(decisions)
                .extracting(Decision::label)
                .containsExactly(
                        "BPRWG recommends the Interface List",
                        "DAG accepts the Interface List",
                        "DAG refers the Change of Meter diagram");
        assertThat(decisions.get(1))
                .isEqualTo(
                        new Decision(
                                ID + "decision/DAG-2021-11-17-01",
                                "DAG accepts the Interface List",
                                new Concept(Vocabularies.Outcome.Accept.getURI(), "Accept"),
                                LEVEL_3,
                                Optional.of(LocalDate.of(2021, 11, 17)),
                                Optional.of(LocalDate.of(2021, 12, 1)),
                                DAG,
                                Optional.of(MEETING),
                                List.of(DES138),
                                List.of(),
                                List.of(),
                                false));
        Decision referral = decisions.get(2);
        assertThat(referral.madeBy()).isEqualTo(DAG);
        assertThat(referral.meeting()).contains(MEETING);
        assertThat(referral.refers()).containsExactly(BP009_ARTEFACT);
        assertThat(referral.publicationDue()).isEmpty();
    }

    @Test
    void readsBodiesIncludingWorkingGroupsWithTheirHierarchy() {
        List<Body> bodies = catalog.bodies();

        assertThat(bodies)
                .extracting(Body::identifier)
                .containsExactly("BPRWG", "BPRWG-SMART", "DAG");
        assertThat(bodies.get(0).reportsTo()).containsExactly(DAG);
        assertThat(bodies.get(0).level()).isEqualTo(LEVEL_4);
        assertThat(bodies.get(1).typeIri()).isEqualTo(DR.WorkingGroup.getURI());
        assertThat(bodies.get(1).reportsTo()).containsExactly(DAG);
        assertThat(bodies.get(1).subOrganizationOf()).containsExactly(BPRWG);
        assertThat(bodies.get(2).level()).isEqualTo(LEVEL_3);
    }

    @Test
    void readsWorkstreamsByLabelWithWhatTheyOwn() {
        assertThat(catalog.workstreams())
                .containsExactly(
                        new Workstream(
                                ID + "workstream/registrations",
                                "",
                                "Registrations",
                                List.of(DES138, DES196),
                                false),
                        new Workstream(
                                ID + "workstream/smart",
                                "",
                                "Smart",
                                List.of(BP009, BP009_ARTEFACT),
                                false));
    }

    @Test
    void resolvesAQualifiedReference() {
        assertThat(catalog.resolve(Ref.parse("interface:IF-041"))).contains(IF_041);
        assertThat(catalog.resolve("process:BP009")).contains(BP009);
        assertThat(catalog.resolve("artefact:BP009")).contains(BP009_ARTEFACT);
    }

    @Test
    void resolvesAPlainReferenceWhenOnlyOneResourceHasTheIdentifier() {
        assertThat(catalog.resolve("DI-037")).contains(DI_037);
    }

    @Test
    void resolvesAKindThroughSubclasses() {
        assertThat(catalog.resolve("body:BPRWG")).contains(BPRWG);
        assertThat(catalog.resolve("requirement:BRS003-042")).contains(BRS003_042);
    }

    @Test
    void findsNothingForTheWrongKindOrAnUnknownIdentifier() {
        assertThat(catalog.resolve("data-item:IF-041")).isEmpty();
        assertThat(catalog.resolve("IF-999")).isEmpty();
    }

    @Test
    void refusesAnAmbiguousPlainReferenceNamingTheCandidates() {
        assertThat(catalog.find(Ref.of("BP009"))).containsExactly(BP009, BP009_ARTEFACT);
        assertThatThrownBy(() -> catalog.resolve("BP009"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("'BP009' is ambiguous")
                .hasMessageContaining("process:BP009, artefact:BP009")
                .hasMessageContaining("[kind:]identifier");
    }

    @Test
    void resourceRefsPrintTheReferenceThatResolvesToThem() {
        assertThat(IF_041.ref()).contains(Ref.of(Ref.Kind.INTERFACE, "IF-041"));
        assertThat(BPRWG.ref()).map(Ref::toString).contains("body:BPRWG");
        assertThat(SMART.ref()).isEmpty();
        for (ResourceRef ref : List.of(IF_041, BPRWG, BP009, BP009_ARTEFACT, DI_037, BRS003_042)) {
            assertThat(catalog.resolve(ref.ref().orElseThrow())).contains(ref);
        }
    }

    private static ResourceRef ref(String path, String identifier, String label, Resource type) {
        return new ResourceRef(ID + path, identifier, label, type.getURI());
    }
}
