package org.designregistry.server.archimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.archimate.ExchangeModel;
import org.designregistry.model.imports.ImportPlan;

/**
 * Tells an ArchiMate Open Exchange file from a spreadsheet register by its first bytes, and reads
 * it into an import plan: the ArchiMate branch of {@code POST /api/imports} and {@code registry
 * import}.
 */
public final class ArchiMateFiles {

    /** The name an import reply gives in place of a register mapping for an ArchiMate file. */
    public static final String FORMAT = "archimate";

    /** How many bytes of a file are read to tell its format. */
    private static final int HEAD = 4_096;

    private ArchiMateFiles() {}

    /** Returns true when the file starts as an ArchiMate exchange file does. */
    public static boolean isExchangeFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ArchiMateExchange.looksLikeExchangeFile(in.readNBytes(HEAD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the import plan of an exchange file: its elements to create or update, and those an
     * earlier import of the same model stored that it no longer holds, to remove.
     *
     * @throws RegistryException naming the file, line and column if it cannot be read
     */
    public static ImportPlan plan(Registry registry, Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            ExchangeModel model =
                    ArchiMateExchange.read(in, name, ArchiMateExchange.DEFAULT_MAX_BYTES);
            return ArchiMateExchange.plan(registry, model, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the refusal of a register mapping given for an ArchiMate file. */
    public static String noMapping(String name) {
        return name
                + " is an ArchiMate exchange file, which is read without a mapping; leave the"
                + " mapping out";
    }
}
