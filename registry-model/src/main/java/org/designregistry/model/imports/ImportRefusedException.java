package org.designregistry.model.imports;

import java.util.List;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;

/**
 * An import was refused, all of it, because part of it could not be stored; nothing was stored.
 * {@link #preview()} says what and where.
 */
public class ImportRefusedException extends RegistryException {

    private static final long serialVersionUID = 1L;

    /** How many refusals the message quotes. */
    private static final int QUOTED = 5;

    private final transient ImportPreview preview;

    /** Creates the exception for a preview that is not committable. */
    public ImportRefusedException(ImportPreview preview) {
        super(message(preview));
        this.preview = preview;
    }

    /** Returns the preview that refused the import, with every refusal located. */
    public ImportPreview preview() {
        return preview;
    }

    private static String message(ImportPreview preview) {
        List<Refusal> refusals = preview.refusals();
        String quoted =
                refusals.stream()
                        .limit(QUOTED)
                        .map(Refusal::toString)
                        .collect(Collectors.joining("; "));
        return "Import of "
                + preview.source()
                + " refused, nothing stored: "
                + refusals.size()
                + (refusals.size() == 1 ? " problem: " : " problems: ")
                + quoted
                + (refusals.size() > QUOTED ? "; ..." : "");
    }
}
