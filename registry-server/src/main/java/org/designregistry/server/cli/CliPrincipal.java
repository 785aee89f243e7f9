package org.designregistry.server.cli;

/** Who writes from the command line, as change records name them: {@code cli:<user name>}. */
final class CliPrincipal {

    private CliPrincipal() {}

    /** Returns {@code cli:} and the operating system's name for the user running the command. */
    static String name() {
        String user = System.getProperty("user.name", "");
        return "cli:" + (user.isBlank() ? "unknown" : user.strip());
    }
}
