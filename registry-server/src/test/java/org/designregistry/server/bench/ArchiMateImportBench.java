package org.designregistry.server.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.archimate.ArchiMateExport;
import org.designregistry.model.archimate.ExchangeModel;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.Imports;
import org.designregistry.ontology.ArchiMate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ArchiMate import benchmark: a generated model of {@value #ELEMENTS} elements (every element
 * type in turn) and about 1.5 relationships per element, read, planned, previewed and committed
 * into an on-disk store that holds the MHHS sample; then the same model again (nothing changes) and
 * an export. Not a test: it runs only with {@code ./mvnw -B -ntp -Pbench test -pl registry-server
 * -am -Dtest=ArchiMateImportBench} and writes {@code target/bench/archimate.md}.
 */
class ArchiMateImportBench {

    private static final int ELEMENTS = Integer.getInteger("bench.elements", 1_000);
    private static final int ROUNDS = 3;

    /** The registry does not check ArchiMate's relationship rules, so any type joins any pair. */
    private static final String[] RELATIONS = {
        "Serving",
        "Flow",
        "Triggering",
        "Realization",
        "Assignment",
        "Access",
        "Influence",
        "Association",
        "Aggregation",
        "Composition",
        "Specialization"
    };

    private static final String SAMPLE = "samples/mhhs/manifest.ttl";

    @TempDir Path dir;

    @Test
    void importsAThousandElementModel() throws Exception {
        byte[] file = model(ELEMENTS, new Random(42));
        List<String> rows = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path data = dir.resolve("round-" + round);
            try (Registry registry = Registries.connect(data)) {
                registry.loadSources(RdfSource.classpathManifest(SAMPLE));
                System.gc();
                resetPeaks();
                Imports imports =
                        Imports.of(
                                registry,
                                "https://registry.mhhs.example/id/",
                                WriteRights.unrestricted());
                long t0 = System.nanoTime();
                ExchangeModel model =
                        ArchiMateExchange.read(
                                new ByteArrayInputStream(file), "bench.xml", file.length + 1L);
                ImportPlan plan = ArchiMateExchange.plan(registry, model, "bench.xml");
                long t1 = System.nanoTime();
                ImportPreview preview = imports.preview(plan);
                long t2 = System.nanoTime();
                imports.commit(plan);
                long t3 = System.nanoTime();
                long peak = heapPeak();
                ImportPreview again =
                        imports.preview(ArchiMateExchange.plan(registry, model, "bench.xml"));
                long t4 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ArchiMateExchange.export(registry, ArchiMateExport.all(), out);
                long t5 = System.nanoTime();
                if (!preview.committable() || !again.changesNothing()) {
                    throw new AssertionError("the generated model did not import cleanly");
                }
                double total = (t3 - t0) / 1e9;
                rows.add(
                        String.format(
                                "| %d | %,d | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %d | %.2f | %.2f |",
                                round,
                                file.length,
                                model.relationships().size(),
                                (t1 - t0) / 1e9,
                                (t2 - t1) / 1e9,
                                (t3 - t2) / 1e9,
                                total,
                                ELEMENTS / total,
                                peak / (1024 * 1024),
                                (t4 - t3) / 1e9,
                                (t5 - t4) / 1e9));
            }
        }
        String report =
                "ArchiMate import of "
                        + ELEMENTS
                        + " elements into the MHHS sample (on-disk TDB2), "
                        + Machine.describe()
                        + "\n\n| round | file bytes | relationships | read+plan s | preview s | commit s"
                        + " | read+plan+preview+commit s | elements/s | peak heap MB | re-preview s |"
                        + " export s |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
                        + String.join("\n", rows)
                        + "\n";
        Path target = Path.of("target", "bench");
        Files.createDirectories(target);
        Files.writeString(target.resolve("archimate.md"), report);
        System.out.println(report);
    }

    /** Returns an exchange file of {@code n} elements, their types in turn, and relationships. */
    private static byte[] model(int n, Random random) {
        List<String> types = ArchiMate.ELEMENT_TYPES;
        StringBuilder xml = new StringBuilder();
        xml.append(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"")
                .append(
                        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"id-bench\">")
                .append("<name>Bench</name><elements>\n");
        for (int i = 0; i < n; i++) {
            xml.append("<element identifier=\"id-e")
                    .append(i)
                    .append("\" xsi:type=\"")
                    .append(types.get(i % types.size()))
                    .append("\"><name>Element ")
                    .append(i)
                    .append("</name><documentation>Generated element ")
                    .append(i)
                    .append(" for the import benchmark.</documentation></element>\n");
        }
        xml.append("</elements><relationships>\n");
        int r = 0;
        for (int i = 1; i < n; i++) {
            int links = random.nextInt(3) + (i % 2);
            for (int k = 0; k < links; k++) {
                int target = random.nextInt(i);
                String type = RELATIONS[random.nextInt(RELATIONS.length)];
                xml.append("<relationship identifier=\"id-r")
                        .append(r++)
                        .append("\" source=\"id-e")
                        .append(i)
                        .append("\" target=\"id-e")
                        .append(target)
                        .append("\" xsi:type=\"")
                        .append(type)
                        .append("\"/>\n");
            }
        }
        xml.append("</relationships></model>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
