package org.designregistry.server.maintenance;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code registry.store.*} properties: compaction by itself and where backups go. ({@code
 * registry.store.auto-compact=false} switches compaction by itself off.)
 *
 * @param compactRatio how many times the estimated size of its live data the store may take on disk
 *     before it is compacted ({@code registry.store.compact-ratio}, default 4; more than 1)
 * @param compactMinSize the size below which the store is never compacted by itself ({@code
 *     registry.store.compact-min-size}, default 256MB)
 * @param compactCheckDelay how long after a write the size is checked, so that a burst of writes
 *     shares one check ({@code registry.store.compact-check-delay}, default 1m)
 * @param backupFolder where {@code POST /api/admin/backup} writes ({@code
 *     registry.store.backup-folder}, default the data folder's {@code backups} sub-folder)
 */
@ConfigurationProperties("registry.store")
record MaintenanceProperties(
        @DefaultValue("4") double compactRatio,
        @DefaultValue("256MB") DataSize compactMinSize,
        @DefaultValue("1m") Duration compactCheckDelay,
        Path backupFolder) {

    /** Checks the values, naming the property that is wrong. */
    MaintenanceProperties {
        if (!(compactRatio > 1)) {
            throw new IllegalArgumentException(
                    "registry.store.compact-ratio must be more than 1, not " + compactRatio);
        }
        if (compactMinSize.isNegative() || compactCheckDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "registry.store.compact-min-size and registry.store.compact-check-delay must"
                            + " not be negative");
        }
    }
}
