/**
 * Operations on a registry's store while it runs: compaction, backup and restore.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.maintenance.StoreMaintenance} :: measures, compacts and
 *       backs up a store online; restores a backup into an empty data folder.
 *   <li>{@link org.designregistry.model.maintenance.AutoCompaction} :: compacts a store by itself,
 *       on a background thread, once it has grown past a multiple of its live size.
 *   <li>{@code StoreFolder} :: the TDB2 container behind a registry, its size on disk and quads.
 *   <li>{@code BackupWriter} :: writes a dated, gzipped N-Quads file from one read transaction.
 *   <li>{@code Restorer} :: loads a backup into an empty folder, reindexes and validates it.
 * </ul>
 */
package org.designregistry.model.maintenance;
