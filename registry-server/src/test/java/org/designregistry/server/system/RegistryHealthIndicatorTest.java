package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class RegistryHealthIndicatorTest {

    private static final String TWO_TRIPLES =
            "<https://registry.example/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n"
                    + "<https://registry.example/id/b> <http://www.w3.org/2000/01/rdf-schema#label>"
                    + " \"B\" .\n";

    @Test
    void isUpWithTheTripleCount() {
        try (Registry registry = Registries.createInMemory()) {
            registry.load(
                    new ByteArrayInputStream(TWO_TRIPLES.getBytes(StandardCharsets.UTF_8)),
                    RdfFormat.N_TRIPLES,
                    "two.nt");

            Health health = new RegistryHealthIndicator(registry).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("triples", 2L);
        }
    }

    @Test
    void isDownWithoutDetailsOfTheCauseWhenTheStoreCannotBeRead() {
        Registry registry = Registries.createInMemory();
        registry.close();

        Health health = new RegistryHealthIndicator(registry).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsOnlyKeys("error");
    }
}
