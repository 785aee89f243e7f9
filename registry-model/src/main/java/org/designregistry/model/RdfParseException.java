package org.designregistry.model;

/**
 * RDF that does not parse. The message names the source, line and column, for example {@code
 * samples/bad.ttl:12:5: Undefined prefix: ex}; a position the parser does not know is left out.
 */
public class RdfParseException extends RegistryException {

    private final String source;
    private final long line;
    private final long column;

    /** Creates the exception for a syntax error at a line and column (-1 when unknown). */
    public RdfParseException(String source, long line, long column, String detail) {
        super(position(source, line, column) + ": " + detail);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** Returns the name of the file or stream that failed to parse. */
    public String source() {
        return source;
    }

    /** Returns the line of the error, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** Returns the column of the error, or -1 when unknown. */
    public long column() {
        return column;
    }

    static String position(String source, long line, long column) {
        if (line < 1) {
            return source;
        }
        return column < 1 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
