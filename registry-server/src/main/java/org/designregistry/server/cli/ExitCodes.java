package org.designregistry.server.cli;

/** The exit codes of the {@code registry} command, shown by {@code --help}. */
final class ExitCodes {

    /** The command succeeded. */
    static final int OK = 0;

    /** {@code validate}: the registry does not conform to the shapes. */
    static final int NOT_CONFORMING = 1;

    /** The command line was wrong: unknown command or option, bad or missing value. */
    static final int USAGE = 2;

    /**
     * A file or the store could not be used: missing, unreadable, not parseable, locked. Nothing
     * was changed.
     */
    static final int DATA = 3;

    /** Anything else, such as a server that could not start. */
    static final int FAILURE = 4;

    private ExitCodes() {}
}
