package org.designregistry.model.maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;

/**
 * How a store grows with small writes and what compaction, backup and restore do about it: loads
 * the MHHS sample into a new store on disk, makes {@code writes} small write transactions (each
 * replaces one resource's comment, so the live data stays the same size), then compacts, backs up
 * and restores, printing a Markdown table of sizes and times. Not a test; figures go to {@code
 * docs/benchmarks.md}. Run with the test classpath:
 *
 * <pre>{@code
 * java ... org.designregistry.model.maintenance.CompactionBench 3600 [folder]
 * }</pre>
 */
public final class CompactionBench {

    private static final Node DES138 =
            NodeFactory.createURI("https://registry.mhhs.example/id/artefact/DES138");

    private CompactionBench() {}

    public static void main(String[] args) throws IOException {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 3600;
        Path folder =
                args.length > 1
                        ? Files.createDirectories(Path.of(args[1]))
                        : Files.createTempDirectory("compaction-bench");
        Path data = folder.resolve("data");
        StoreMaintenance.Backup backup;
        try (Registry registry = Registries.connect(data)) {
            StoreMaintenance maintenance = StoreMaintenance.of(registry);
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            long quads = maintenance.quads();
            row("MHHS sample loaded", quads, maintenance.bytesOnDisk(), "");
            long start = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                replaceComment(registry, i);
            }
            long writeMillis = (System.nanoTime() - start) / 1_000_000;
            row(
                    "after " + writes + " small writes",
                    maintenance.quads(),
                    maintenance.bytesOnDisk(),
                    String.format(Locale.ROOT, "%.1f ms a write", (double) writeMillis / writes));
            StoreMaintenance.Compaction done = maintenance.compact();
            row("compacted", maintenance.quads(), done.bytesAfter(), done.millis() + " ms");
            backup = maintenance.backup(folder.resolve("backups"));
            row(
                    "backup file (" + backup.file().getFileName() + ")",
                    backup.quads(),
                    backup.bytes(),
                    backup.millis() + " ms");
        }
        long start = System.nanoTime();
        StoreMaintenance.Restore restored =
                StoreMaintenance.restore(backup.file(), folder.resolve("restored"));
        long restoreMillis = (System.nanoTime() - start) / 1_000_000;
        try (Registry registry = Registries.connect(folder.resolve("restored"))) {
            row(
                    "restored ("
                            + (restored.conforms()
                                    ? "conforms"
                                    : restored.violations() + " violations")
                            + ")",
                    restored.quadsRead(),
                    StoreMaintenance.of(registry).bytesOnDisk(),
                    restoreMillis + " ms");
        }
        System.out.println("folder: " + folder);
    }

    private static void replaceComment(Registry registry, int i) {
        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    registry.dataset()
                            .getDefaultGraph()
                            .remove(DES138, RDFS.comment.asNode(), Node.ANY);
                    registry.dataset()
                            .getDefaultGraph()
                            .add(
                                    Triple.create(
                                            DES138,
                                            RDFS.comment.asNode(),
                                            NodeFactory.createLiteralString("Edit number " + i)));
                });
    }

    private static void row(String what, long quads, long bytes, String time) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %,d | %,.1f MiB | %s |%n",
                what,
                quads,
                bytes / 1048576.0,
                time);
    }
}
