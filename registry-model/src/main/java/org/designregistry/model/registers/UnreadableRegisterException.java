package org.designregistry.model.registers;

import org.designregistry.model.RegistryException;

/**
 * A file given as a register cannot be read as one: not a workbook, a zip bomb, XML with a DTD, a
 * missing sheet. Nothing was read into the registry.
 */
public class UnreadableRegisterException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;

    /** Creates the exception; {@code tooLarge} when the file would expand past the limits. */
    public UnreadableRegisterException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    /** Returns true when the file was refused for what it would expand to (a zip bomb). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
