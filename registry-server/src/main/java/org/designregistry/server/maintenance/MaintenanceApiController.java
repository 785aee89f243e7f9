package org.designregistry.server.maintenance;

import org.designregistry.model.maintenance.StoreMaintenance;
import org.designregistry.server.maintenance.MaintenanceConfiguration.BackupFolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' operations on the running server's store: an online backup and an online
 * compaction. Only the admin role may call them (see the security configuration).
 */
@RestController
@RequestMapping("/api/admin")
class MaintenanceApiController {

    private final StoreMaintenance maintenance;
    private final BackupFolder backups;

    MaintenanceApiController(StoreMaintenance maintenance, BackupFolder backups) {
        this.maintenance = maintenance;
        this.backups = backups;
    }

    /**
     * Writes every graph to a new dated N-Quads file in the backup folder, while reads and writes
     * go on; the file holds every write acknowledged before the request.
     */
    @PostMapping("/backup")
    BackupResponse backup() {
        StoreMaintenance.Backup backup = maintenance.backup(backups.path());
        return new BackupResponse(
                backup.file().toString(), backup.quads(), backup.bytes(), backup.millis());
    }

    /** Compacts the store online; writes wait while it copies. */
    @PostMapping("/compact")
    CompactionResponse compact() {
        StoreMaintenance.Compaction done = maintenance.compact();
        return new CompactionResponse(
                done.store().toString(), done.bytesBefore(), done.bytesAfter(), done.millis());
    }

    /**
     * What a backup wrote.
     *
     * @param file the backup file on the server
     * @param quads the quads it holds, of every graph
     * @param bytes its size
     * @param millis how long it took
     */
    record BackupResponse(String file, long quads, long bytes, long millis) {}

    /**
     * What a compaction did.
     *
     * @param store the store folder on the server
     * @param bytesBefore its size on disk before
     * @param bytesAfter its size on disk after
     * @param millis how long it took
     */
    record CompactionResponse(String store, long bytesBefore, long bytesAfter, long millis) {}
}
