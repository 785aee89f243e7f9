package org.designregistry.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code registry export}: writes the whole registry as RDF: the registry graph and, in TriG or
 * N-Quads, its named graphs; a triple syntax leaves named graphs out, with a warning.
 */
@Command(
        name = "export",
        header = "Writes the registry graph as RDF.",
        description =
                "Writes every triple of the registry to standard output or to a file, in"
                        + " Turtle, N-Triples, JSON-LD, RDF/XML, TriG or N-Quads. TriG and N-Quads"
                        + " hold the named graphs (such as the history) as well; the other syntaxes"
                        + " hold the registry graph only, and a warning names the graphs left out."
                        + " With --as-of, the registry graph as it was after an earlier change.")
final class ExportCommand implements Callable<Integer> {

    /** The --format value of an ArchiMate exchange file. */
    static final String ARCHIMATE = "archimate";

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            completionCandidates = FormatNames.class,
            description =
                    "ttl, nt, jsonld, rdfxml, trig, nq, or archimate for the ArchiMate elements as"
                            + " an Open Exchange file (default: from the output file's extension,"
                            + " .xml for archimate, otherwise ttl).")
    private String format;

    @Option(
            names = "--model",
            paramLabel = "ID",
            description = "With --format archimate: only the elements imported from this model.")
    private String model;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            split = ",",
            description =
                    "With --format archimate: only elements of these ArchiMate types, such as"
                            + " BusinessProcess,ApplicationComponent.")
    private List<String> types;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "The file to write, replaced only once the export is complete"
                            + " (default: standard output).")
    private Path output;

    @Option(
            names = "--as-of",
            paramLabel = "N|TIME",
            description =
                    "Writes the registry as it was just after this change (a change number, or"
                            + " an ISO-8601 time for the last change made by then; 0 for before the"
                            + " first).")
    private String asOf;

    @Override
    public Integer call() throws IOException {
        if (ARCHIMATE.equals(format) || (format == null && isXml(output))) {
            return ArchiMateExportFile.write(registry, spec, output, model, types);
        }
        RdfFormat chosen = format != null ? rdfFormat(format) : formatOf(output);
        try (Registry store = registry.openExisting()) {
            if (!chosen.quads()) {
                warnOfNamedGraphs(store, chosen);
            }
            if (output == null) {
                PrintStream out = registry.rawOut();
                spec.commandLine().getOut().flush();
                exportTo(store, out, chosen);
                out.flush();
            } else {
                writeFile(store, chosen);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Exported %s to %s as %s.%n",
                                asOf == null
                                        ? Text.number(store.size()) + " triples"
                                        : "the registry as of change " + asOf,
                                output,
                                chosen.lang().getLabel());
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Warns on stderr that a triple syntax leaves the registry's named graphs out, if it has any.
     */
    private void warnOfNamedGraphs(Registry store, RdfFormat chosen) {
        DatasetGraph dataset = store.dataset();
        List<Node> graphs = Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes()));
        if (graphs.isEmpty()) {
            return;
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "registry export: warning: %s leaves out %s (%s); give --format trig or nq"
                                + " to include %s.%n",
                        chosen.lang().getLabel(),
                        Text.count(graphs.size(), "named graph", "named graphs"),
                        graphs.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(", ")),
                        graphs.size() == 1 ? "it" : "them");
    }

    /** Writes to a temporary file beside the output and moves it into place when complete. */
    private void writeFile(Registry store, RdfFormat chosen) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new RegistryException(folder + ": no such folder");
        }
        if (Files.isDirectory(target)) {
            throw new RegistryException(target + ": is a folder, not a file");
        }
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                exportTo(store, out, chosen);
            }
            try {
                Files.move(
                        temporary,
                        target,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Writes the registry now, or as it was after the {@code --as-of} change. */
    private void exportTo(Registry store, OutputStream out, RdfFormat chosen) {
        if (asOf == null) {
            store.export(out, chosen);
            return;
        }
        ChangeHistory history = store.history();
        long change = history.resolve(ChangeBound.parse(asOf));
        // Written as read through the store: no copy of the registry in memory.
        history.readAsOf(
                change,
                past -> {
                    RDFWriter.source(past).format(chosen.writeFormat()).output(out);
                    return change;
                });
    }

    private static boolean isXml(Path file) {
        return file != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** Returns the RDF syntax a {@code --format} value names, or refuses it as a usage error. */
    private RdfFormat rdfFormat(String value) {
        try {
            return RdfFormat.fromShortName(value);
        } catch (RegistryException e) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--format': "
                            + e.getMessage()
                            + " (or "
                            + ARCHIMATE
                            + ")");
        }
    }

    /** Returns the format the file name's extension names, or Turtle. */
    private static RdfFormat formatOf(Path file) {
        if (file == null) {
            return RdfFormat.TURTLE;
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return Arrays.stream(RdfFormat.values())
                .filter(f -> f.lang().equals(lang))
                .findFirst()
                .orElse(RdfFormat.TURTLE);
    }

    /** Converts {@code --format} values with the model's names and message. */
    static final class FormatConverter implements ITypeConverter<RdfFormat> {
        @Override
        public RdfFormat convert(String value) {
            try {
                return RdfFormat.fromShortName(value);
            } catch (RegistryException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The accepted {@code --format} values, for completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.stream.Stream.concat(
                            Arrays.stream(RdfFormat.values()).map(RdfFormat::shortName),
                            java.util.stream.Stream.of(ARCHIMATE))
                    .iterator();
        }
    }
}
