package org.designregistry.model.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoCompactionTest {

    @TempDir Path dir;

    @Test
    void compactsAStoreThatGrewPastTheRatioAfterWrites() throws Exception {
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            StoreMaintenance maintenance = StoreMaintenance.of(registry);
            StoreMaintenanceTest.writeOneByOne(registry, 0, 20);
            long fresh = maintenance.bytesOnDisk();
            StoreMaintenanceTest.churn(registry, 4);
            long grown = maintenance.bytesOnDisk();
            // Just over the size of an empty store: the grown store is past it, the fresh one not.
            // The live-size estimate counts every quad, the change history's included.
            long quads =
                    org.apache.jena.system.Txn.calculateRead(
                            registry.dataset(), () -> registry.dataset().stream().count());
            double live =
                    AutoCompaction.EMPTY_STORE_BYTES
                            + (double) (quads + 10) * AutoCompaction.BYTES_PER_QUAD;
            double ratio = (fresh + (grown - fresh) / 2.0) / live;

            try (AutoCompaction auto =
                    AutoCompaction.start(registry, Math.max(ratio, 1.0001), 0, Duration.ZERO)) {
                StoreMaintenanceTest.writeOneByOne(registry, 20, 1);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (maintenance.bytesOnDisk() >= grown && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }

            assertThat(maintenance.bytesOnDisk()).isLessThan(grown);
            assertThat(registry.size()).isEqualTo(21);
        }
    }

    @Test
    void thresholdIsTheRatioTimesTheEstimatedLiveSizeOrTheMinimum() {
        try (Registry registry = Registries.connect(dir.resolve("data"));
                AutoCompaction auto =
                        AutoCompaction.start(registry, 4, 1L << 30, Duration.ofHours(1))) {
            long live =
                    AutoCompaction.EMPTY_STORE_BYTES + 1_000_000 * AutoCompaction.BYTES_PER_QUAD;

            assertThat(auto.thresholdBytes(1_000_000)).isEqualTo(4 * live);
            assertThat(auto.thresholdBytes(0)).isEqualTo(1L << 30);
        }
    }

    @Test
    void refusesARatioOfOneOrLess() {
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            assertThatThrownBy(() -> AutoCompaction.start(registry, 1, 0, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ratio");
        }
    }
}
