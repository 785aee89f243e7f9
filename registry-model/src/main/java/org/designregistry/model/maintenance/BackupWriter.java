package org.designregistry.model.maintenance;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;

/**
 * Writes a registry's every graph to a dated, gzipped N-Quads file from one read transaction: the
 * file holds exactly the commits made before the transaction began, while writers go on.
 */
final class BackupWriter {

    /** Backup file names: {@code registry-2026-12-03T120455Z.nq.gz}, in UTC. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private BackupWriter() {}

    static StoreMaintenance.Backup write(Registry registry, Path folder, Clock clock) {
        long start = System.nanoTime();
        Path target = newFile(folder, clock);
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        DatasetGraph dataset = registry.dataset();
        long quads;
        try {
            try (OutputStream out =
                    new BufferedOutputStream(
                            new GZIPOutputStream(Files.newOutputStream(partial), 64 * 1024))) {
                quads = Txn.calculateRead(dataset, () -> send(dataset, out));
            }
            move(partial, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw new RegistryException(
                    "Cannot write the backup " + target + ": " + e.getMessage(), e);
        }
        return new StoreMaintenance.Backup(
                target, quads, size(target), (System.nanoTime() - start) / 1_000_000);
    }

    /** Streams every quad to {@code out}; returns how many. Call inside a read transaction. */
    private static long send(DatasetGraph dataset, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        long[] count = {0};
        writer.start();
        dataset.find()
                .forEachRemaining(
                        quad -> {
                            writer.quad(quad);
                            count[0]++;
                        });
        writer.finish();
        return count[0];
    }

    /** Returns a file name not yet taken in the folder, creating the folder if need be. */
    private static Path newFile(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new RegistryException(
                    "Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        String stamp = STAMP.format(clock.instant());
        Path file = folder.resolve("registry-" + stamp + ".nq.gz");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("registry-" + stamp + "-" + n + ".nq.gz");
        }
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RegistryException("Cannot read the backup " + file + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The failure being reported matters more; a stray .part file is visibly partial.
        }
    }
}
