package org.designregistry.model.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;

/**
 * Register mappings: the ones shipped for the MHHS registers, found by name, and mapping files read
 * from elsewhere. A mapping file is YAML:
 *
 * <pre>{@code
 * name: interfaces                # the collection it exports
 * title: Interface catalogue
 * kind: interface                 # the kind each row states
 * sheet: Interfaces               # the sheet read (a workbook of one sheet is read whatever its name)
 * headerRow: 1
 * identifier: Interface ID        # the header of the dcterms:identifier column
 * columns:
 *   - header: Name
 *     property: rdfs:label        # literals: datatype xsd:string (default), xsd:date, xsd:boolean ...
 *   - header: Status
 *     property: dr:status
 *     scheme: dr:Statuses         # concepts, named by label, notation or local name
 *   - header: Sender
 *     link: dr:sentBy             # links, named by identifier (by: label for labels)
 *     to: market-role             # or a list of kinds; other kinds than the first as kind:id
 *     split: ";"                  # a multi-valued cell
 * }</pre>
 */
public final class RegisterMappings {

    /** The names of the shipped mappings, which are also the collections they export. */
    public static final List<String> SHIPPED =
            List.of("interfaces", "data-items", "processes", "artefacts", "decisions");

    private static final RegisterMappings INSTANCE = load();

    private final Map<String, RegisterMapping> mappings;

    private RegisterMappings(Map<String, RegisterMapping> mappings) {
        this.mappings = mappings;
    }

    /** Returns the shipped mappings. */
    public static RegisterMappings shipped() {
        return INSTANCE;
    }

    /** Returns the mapping of this name, or empty. */
    public Optional<RegisterMapping> get(String name) {
        return Optional.ofNullable(mappings.get(Objects.requireNonNull(name, "name")));
    }

    /** Returns every mapping, in the order of {@link #SHIPPED}. */
    public Collection<RegisterMapping> all() {
        return mappings.values();
    }

    /**
     * Returns the mapping whose name a file's name starts with, as an export names its files
     * ({@code interfaces.xlsx}, {@code data-items-2026-12.csv}), or empty.
     */
    public Optional<RegisterMapping> forFile(String fileName) {
        String base = fileName.toLowerCase(Locale.ROOT).replaceAll(".*[/\\\\]", "");
        return mappings.values().stream()
                .filter(m -> base.startsWith(m.name()))
                .max(java.util.Comparator.comparingInt(m -> m.name().length()));
    }

    /**
     * Returns the mapping a YAML mapping file states.
     *
     * @param source the file's name, quoted in error messages
     * @throws RegistryException naming the file and what is wrong when it is not a mapping
     */
    public static RegisterMapping parse(InputStream in, String source) {
        return MappingParser.parse(Objects.requireNonNull(in, "in"), source);
    }

    private static RegisterMappings load() {
        Map<String, RegisterMapping> mappings = new LinkedHashMap<>();
        for (String name : SHIPPED) {
            String resource = "registers/" + name + ".yaml";
            try (InputStream in =
                    RegisterMappings.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing shipped mapping " + resource);
                }
                mappings.put(name, parse(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RegisterMappings(mappings);
    }
}
