package org.designregistry.server.maintenance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MaintenancePropertiesTest {

    @Test
    void refusesACompactRatioOfOneNamingTheProperty() {
        assertThatThrownBy(
                        () ->
                                new MaintenanceProperties(
                                        1.0,
                                        DataSize.ofMegabytes(256),
                                        Duration.ofMinutes(1),
                                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry.store.compact-ratio must be more than 1");
    }

    @Test
    void refusesANegativeMinimumSize() {
        assertThatThrownBy(
                        () ->
                                new MaintenanceProperties(
                                        4, DataSize.ofBytes(-1), Duration.ofMinutes(1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry.store.compact-min-size");
    }
}
