package org.designregistry.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import org.designregistry.model.RegistryException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports errors as one line on stderr, prefixed with the command's name, and picks the exit code.
 */
final class ErrorReporter {

    private ErrorReporter() {}

    /** Reports a command-line mistake; returns {@link ExitCodes#USAGE}. */
    static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String name = commandLine.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean ")
                        .append(String.join(" or ", suggestions))
                        .append("?)");
            }
        }
        line.append("; see '").append(name).append(" --help'");
        commandLine.getErr().println(line);
        return ExitCodes.USAGE;
    }

    /**
     * Reports a failure of a running command; returns {@link ExitCodes#DATA} for registry errors
     * and for the command's own I/O errors (such as an unwritable output file), {@link
     * ExitCodes#FAILURE} for anything else, such as a server that cannot start.
     */
    static int executionError(Exception e, CommandLine commandLine, ParseResult parseResult) {
        RegistryException registryError = find(e, RegistryException.class);
        IOException ioError =
                e instanceof UncheckedIOException unchecked
                        ? unchecked.getCause()
                        : e instanceof IOException io ? io : null;
        String message;
        int exitCode;
        if (registryError != null) {
            message = registryError.getMessage();
            exitCode = ExitCodes.DATA;
        } else if (ioError != null) {
            message = describeIo(ioError);
            exitCode = ExitCodes.DATA;
        } else {
            message = describeWithRootCause(e);
            exitCode = ExitCodes.FAILURE;
        }
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        return exitCode;
    }

    private static String describeIo(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            String what;
            if (e instanceof NoSuchFileException) {
                what = "no such file or folder";
            } else if (e instanceof AccessDeniedException) {
                what = "permission denied";
            } else if (e instanceof NotDirectoryException) {
                what = "not a folder";
            } else {
                what = e.getClass().getSimpleName();
            }
            return fs.getFile() + ": " + what;
        }
        return describe(e);
    }

    /** Returns the message and, when it adds something, the root cause's message after a colon. */
    private static String describeWithRootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = describe(e);
        String rootMessage = describe(root);
        return root == e || message.contains(rootMessage) ? message : message + ": " + rootMessage;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
