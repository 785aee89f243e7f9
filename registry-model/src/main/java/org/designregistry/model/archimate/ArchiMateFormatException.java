package org.designregistry.model.archimate;

import org.designregistry.model.RegistryException;

/**
 * The file is not an ArchiMate Open Exchange model the registry can read: not XML, not the exchange
 * format, too large, carrying a DTD, or stating an element or relationship wrongly. The message
 * names the file and, where known, the line and column; nothing was changed.
 */
public class ArchiMateFormatException extends RegistryException {

    /** Creates an exception with a message that names the file and what is wrong. */
    public ArchiMateFormatException(String message) {
        super(message);
    }
}
