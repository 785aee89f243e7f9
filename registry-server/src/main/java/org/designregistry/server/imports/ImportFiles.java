package org.designregistry.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.archimate.ExchangeModel;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.registers.ReadProgress;
import org.designregistry.model.registers.RegisterMapping;
import org.designregistry.model.registers.RegisterMappings;
import org.designregistry.model.registers.RegisterReader;

/**
 * Turns an uploaded or named file into an import plan, choosing its format from its content: an
 * ArchiMate Open Exchange file (XML in the exchange format's namespace), otherwise a spreadsheet
 * register (XLSX or CSV) read with a mapping. Shared by {@code POST /api/imports} and {@code
 * registry import}.
 */
public final class ImportFiles {

    /** How many bytes of a file are read to tell its format. */
    private static final int HEAD = 4_096;

    private ImportFiles() {}

    /**
     * Returns the plan of a file.
     *
     * @param file the file, read and not changed
     * @param name its name as its owner knows it, quoted in locations and the change message
     * @param mappingName the register mapping to read a spreadsheet with, or null to choose it by
     *     the file's name; refused for an ArchiMate file
     * @param maxArchiMateBytes the largest ArchiMate file read
     * @throws RegistryException saying what is wrong with the file or the mapping
     */
    public static ImportPlan plan(
            Registry registry,
            Path file,
            String name,
            String mappingName,
            long maxArchiMateBytes,
            ReadProgress progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        if (isArchiMate(file)) {
            if (mappingName != null) {
                throw new RegistryException(
                        name
                                + " is an ArchiMate exchange file, which is read without a mapping;"
                                + " leave the mapping out");
            }
            try (InputStream in = Files.newInputStream(file)) {
                ExchangeModel model = ArchiMateExchange.read(in, name, maxArchiMateBytes);
                return ArchiMateExchange.plan(registry, model, name);
            } catch (IOException e) {
                throw new RegistryException(name + ": cannot be read: " + e.getMessage());
            }
        }
        return RegisterReader.read(file, name, mapping(name, mappingName), progress);
    }

    /** Returns true when the file starts as an ArchiMate exchange file does. */
    public static boolean isArchiMate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ArchiMateExchange.looksLikeExchangeFile(in.readNBytes(HEAD));
        } catch (IOException e) {
            throw new RegistryException(file.getFileName() + ": cannot be read: " + e.getMessage());
        }
    }

    private static RegisterMapping mapping(String name, String mappingName) {
        RegisterMappings mappings = RegisterMappings.shipped();
        if (mappingName != null) {
            return mappings.get(mappingName)
                    .orElseThrow(
                            () ->
                                    new RegistryException(
                                            "Unknown mapping '"
                                                    + mappingName
                                                    + "'; the mappings are "
                                                    + String.join(", ", RegisterMappings.SHIPPED)));
        }
        return mappings.forFile(name)
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        name
                                                + ": no mapping given and none matches the file's"
                                                + " name; give one of "
                                                + String.join(", ", RegisterMappings.SHIPPED)));
    }
}
