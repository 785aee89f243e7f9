package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.designregistry.model.LoadResult;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class MhhsSampleTest {

    @Test
    void loadsTheSampleIntoAnEmptyRegistry() {
        try (Registry registry = Registries.createInMemory()) {
            var loaded = MhhsSample.loadIfEmpty(registry);

            assertThat(loaded).isPresent();
            assertThat(loaded.map(LoadResult::sizeAfter)).contains(registry.size());
            assertThat(registry.stats().count(DR.BusinessProcess.getURI())).isEqualTo(120);
        }
    }

    @Test
    void leavesARegistryThatHoldsDataAlone() {
        try (Registry registry = Registries.createInMemory()) {
            String oneTriple =
                    "<https://registry.example/id/a>"
                            + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                            + " <https://w3id.org/design-registry#Workstream> .";
            registry.load(
                    new ByteArrayInputStream(oneTriple.getBytes(StandardCharsets.UTF_8)),
                    RdfFormat.N_TRIPLES,
                    "one.nt");

            assertThat(MhhsSample.loadIfEmpty(registry)).isEmpty();
            assertThat(registry.size()).isEqualTo(1);
        }
    }
}
