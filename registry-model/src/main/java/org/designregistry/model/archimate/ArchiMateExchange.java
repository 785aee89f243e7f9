package org.designregistry.model.archimate;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.designregistry.model.Registry;
import org.designregistry.model.imports.ImportPlan;

/**
 * ArchiMate models in and out of a registry, in The Open Group's Model Exchange File Format (the
 * XML that Archi, Sparx EA and BiZZdesign read and write).
 *
 * <p>In: {@link #read} a file into an {@link ExchangeModel}, {@link #plan} it against the registry,
 * then preview and commit the plan with {@link org.designregistry.model.imports.Imports}, like any
 * import. Elements keep the model's identifiers, so importing an updated model updates them in
 * place and removes the ones it no longer holds. Out: {@link #export} the registry's ArchiMate
 * elements, or a selection of them, as a file valid against the format's XSD.
 *
 * <pre>{@code
 * ExchangeModel model = ArchiMateExchange.read(in, "switching.xml", ArchiMateExchange.DEFAULT_MAX_BYTES);
 * ImportPlan plan = ArchiMateExchange.plan(registry, model, "switching.xml");
 * ImportPreview preview = Imports.of(registry, baseIri, rights).preview(plan);
 * }</pre>
 */
public final class ArchiMateExchange {

    /** The largest exchange file read by default: 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private ArchiMateExchange() {}

    /**
     * Returns the model an exchange file states. Refuses a DTD and entities, and a file larger than
     * {@code maxBytes}.
     *
     * @param in the file, which this method does not close
     * @param source the file's name, quoted in error messages
     * @throws ArchiMateFormatException naming the file, line and column of what is wrong
     */
    public static ExchangeModel read(InputStream in, String source, long maxBytes) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return ExchangeReader.read(in, source, maxBytes);
    }

    /**
     * Returns the import plan of a model: its elements (with their relationships) to create or
     * update, and the elements that earlier imports of the same model stored and it no longer
     * holds, to remove. Reads the registry in one read transaction.
     */
    public static ImportPlan plan(Registry registry, ExchangeModel model, String source) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(model, "model");
        return registry.read(data -> ModelPlans.plan(model, source, data.getGraph()));
    }

    /**
     * Writes the registry's ArchiMate elements that the selection keeps, and the relationships
     * between them, as an exchange file (UTF-8) to {@code out}, which it does not close. Reads the
     * registry in one read transaction.
     */
    public static void export(Registry registry, ArchiMateExport selection, OutputStream out) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(out, "out");
        ExchangeModel model = registry.read(data -> GraphModel.of(data.getGraph(), selection));
        ExchangeWriter.write(model, out);
    }

    /**
     * Returns true when the start of a file looks like an ArchiMate exchange file: XML that names
     * the exchange format's namespace. Used to tell it from a workbook or a CSV file.
     */
    public static boolean looksLikeExchangeFile(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.stripLeading().startsWith("<") && text.contains(ExchangeReader.NS);
    }
}
