/**
 * The store's maintenance on the running server: online backup and compaction for administrators,
 * and compaction by itself when the store has grown.
 *
 * <ul>
 *   <li>{@code MaintenanceApiController} :: {@code POST /api/admin/backup} and {@code POST
 *       /api/admin/compact}, admin only.
 *   <li>{@code MaintenanceConfiguration} :: the model's {@code StoreMaintenance}, the backup
 *       folder, and {@code AutoCompaction} unless {@code registry.store.auto-compact=false}.
 *   <li>{@code MaintenanceProperties} :: the {@code registry.store.*} properties.
 *   <li>{@code MaintenanceExceptionHandler} :: a failed backup or compaction as problem details.
 * </ul>
 */
package org.designregistry.server.maintenance;
