package org.designregistry.server.maintenance;

import java.nio.file.Path;
import org.designregistry.model.Registry;
import org.designregistry.model.maintenance.AutoCompaction;
import org.designregistry.model.maintenance.StoreMaintenance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store's maintenance and, unless switched off, its compaction by itself. */
@Configuration(proxyBeanMethods = false)
class MaintenanceConfiguration {

    @Bean
    StoreMaintenance storeMaintenance(Registry registry) {
        return StoreMaintenance.of(registry);
    }

    /** Returns the folder backups go to: the configured one, or the data folder's backups. */
    @Bean
    BackupFolder backupFolder(Registry registry, MaintenanceProperties properties) {
        Path folder =
                properties.backupFolder() != null
                        ? properties.backupFolder()
                        : registry.location().orElseThrow().resolve(StoreMaintenance.BACKUP_FOLDER);
        return new BackupFolder(folder.toAbsolutePath().normalize());
    }

    /**
     * Returns the compaction that follows the writes; Spring closes it before the registry it
     * depends on, waiting for a running compaction to finish.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty(name = "registry.store.auto-compact", matchIfMissing = true)
    AutoCompaction autoCompaction(Registry registry, MaintenanceProperties properties) {
        return AutoCompaction.start(
                registry,
                properties.compactRatio(),
                properties.compactMinSize().toBytes(),
                properties.compactCheckDelay());
    }

    /** The folder backups are written to. */
    record BackupFolder(Path path) {}
}
