package org.designregistry.model.registers;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.table.TableFormat;
import org.designregistry.model.table.TableWriter;
import org.designregistry.ontology.DR;

/**
 * Imports generated registers of growing length into the MHHS sample on disk: reads the XLSX
 * (streaming), previews, commits, and reports the time of each step, rows per second and the peak
 * heap seen (sampled every 10 ms). Arguments: the register ({@code interfaces} or {@code
 * artefacts}), the row counts, such as {@code 1000 10000 30000}, and a scratch folder. A register
 * whose preview refuses rows is not committed; the bench then fails, unless it is the interface
 * catalogue (whose identifiers the shapes once limited to three digits).
 */
public final class RegisterImportBench {

    private RegisterImportBench() {}

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[args.length - 1]);
        System.out.println(
                "| register | rows | XLSX | read | preview | commit | preview+commit | rows/s | peak heap |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        String register = args[0];
        for (int i = 1; i < args.length - 1; i++) {
            run(register, Integer.parseInt(args[i]), scratch.resolve("run-" + i));
        }
    }

    private static void run(String register, int rows, Path dir) throws Exception {
        Files.createDirectories(dir);
        try (Registry registry = Registries.connect(dir.resolve("store"))) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            Path file = dir.resolve(register + ".xlsx");
            RegisterMapping mapping = RegisterMappings.shipped().get(register).orElseThrow();
            write(registry, mapping, file, rows);
            Imports imports =
                    Imports.of(
                            registry,
                            "https://registry.mhhs.example/id/",
                            WriteRights.unrestricted());
            System.gc();
            Peak peak = new Peak();
            peak.start();
            long t0 = System.nanoTime();
            ImportPlan plan =
                    RegisterReader.read(file, register + ".xlsx", mapping, ReadProgress.NONE);
            long t1 = System.nanoTime();
            ImportPreview preview = imports.preview(plan);
            long t2 = System.nanoTime();
            boolean commit = preview.committable();
            if (commit) {
                imports.commit(plan);
            } else if (!register.equals("interfaces")) {
                throw new IllegalStateException("refused: " + preview.refusals().get(0));
            }
            long t3 = System.nanoTime();
            peak.interrupt();
            peak.join();
            double seconds = (t3 - t0) / 1e9;
            System.out.printf(
                    "| %s | %,d | %,d KB | %.1f s | %.1f s | %s | %.1f s | %,.0f | %,d MB |%n",
                    register,
                    rows,
                    Files.size(file) / 1024,
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    commit
                            ? String.format("%.1f s", (t3 - t2) / 1e9)
                            : "refused: " + preview.refusals().size() + " rows",
                    (t3 - t1) / 1e9,
                    rows / seconds,
                    peak.max.get() / (1024 * 1024));
        }
    }

    private static void write(Registry registry, RegisterMapping mapping, Path file, int rows)
            throws Exception {
        List<String> roles = identifiers(registry, DR.MarketRole);
        List<String> events = identifiers(registry, DR.Event);
        List<String> items = identifiers(registry, DR.DataItem);
        try (OutputStream out = Files.newOutputStream(file);
                TableWriter table = TableWriter.of(TableFormat.XLSX, out, mapping.sheet())) {
            table.header(mapping.headers());
            for (int i = 0; i < rows; i++) {
                table.row(
                        mapping.name().equals("interfaces")
                                ? List.of(
                                        String.format("IF-%03d", i),
                                        "Generated interface " + i,
                                        "A generated interface for the import bench, number " + i,
                                        roles.get(i % roles.size()),
                                        roles.get((i + 1) % roles.size()),
                                        events.get(i % events.size()),
                                        items.get(i % items.size())
                                                + "; "
                                                + items.get((i + 7) % items.size()),
                                        "Registrations",
                                        "RegisterImportBench",
                                        "true")
                                : List.of(
                                        "GEN-" + i,
                                        "GEN-" + i + " Generated artefact",
                                        "Generated artefact " + i,
                                        "Interface List",
                                        "0.1",
                                        "Draft",
                                        "Registrations; Smart",
                                        "TDWG",
                                        i == 0 ? "" : "GEN-" + (i - 1),
                                        "data-item:" + items.get(i % items.size()),
                                        "RegisterImportBench",
                                        "true"));
            }
        }
    }

    private static List<String> identifiers(
            Registry registry, org.apache.jena.rdf.model.Resource type) {
        return registry.read(
                m -> {
                    List<String> ids = new ArrayList<>();
                    m.listSubjectsWithProperty(RDF.type, type)
                            .forEach(s -> ids.add(s.getProperty(DCTerms.identifier).getString()));
                    ids.sort(null);
                    return ids;
                });
    }

    /** Samples the used heap until interrupted, keeping the largest. */
    private static final class Peak extends Thread {
        final AtomicLong max = new AtomicLong();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        Peak() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
