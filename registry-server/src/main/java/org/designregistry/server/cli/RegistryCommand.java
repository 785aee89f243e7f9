package org.designregistry.server.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code registry} command: holds the options every subcommand shares and opens the
 * store for them.
 */
@Command(
        name = "registry",
        description =
                "Design Registry: load, export, validate, count and reindex the registry's RDF"
                        + " graph, back it up, restore and compact it, analyse the impact of a change, trace links and find gaps, or"
                        + " serve it over HTTP.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        usageHelpAutoWidth = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:validate, restore: the registry does not conform to the shapes; import: the"
                    + " import was refused.",
            "2:Usage error: unknown command or option, bad or missing value.",
            "3:A file or the store could not be used (missing, unreadable, not parseable,"
                    + " locked); nothing was changed.",
            "4:Any other failure, such as a server that could not start."
        },
        subcommands = {
            LoadCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            ExportRegisterCommand.class,
            ValidateCommand.class,
            StatsCommand.class,
            ImpactCommand.class,
            TraceCommand.class,
            GapsCommand.class,
            DecisionsCommand.class,
            RecommendCommand.class,
            DecideCommand.class,
            ChangeRequestCommand.class,
            ChangesCommand.class,
            HistoryCommand.class,
            RevertCommand.class,
            BaselineCommand.class,
            SuspectsCommand.class,
            GenerateCommand.class,
            ReindexCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CompactCommand.class,
            ServeCommand.class,
            HashPasswordCommand.class,
            CreateTokenCommand.class,
            HelpCommand.class
        })
final class RegistryCommand implements Runnable {

    /** The store folder used when {@code --data} is not given. */
    static final Path DEFAULT_DATA = Path.of("data");

    private final PrintStream out;
    private final ServerLauncher launcher;
    private boolean serverStarted;

    @Spec private CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "The registry's store folder (default: ./data).")
    private Path data;

    RegistryCommand(PrintStream out, ServerLauncher launcher) {
        this.out = out;
        this.launcher = launcher;
    }

    /** Refuses to run without a subcommand; {@link RegistryCli} turns no arguments into serve. */
    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing command: give one of load, export, import, export-register, validate, stats, reindex, backup,"
                        + " restore, compact, impact, trace, gaps, generate, serve, hash-password,"
                        + " create-token");
    }

    /** Returns the store folder, absolute. */
    Path dataDir() {
        return (data == null ? DEFAULT_DATA : data).toAbsolutePath().normalize();
    }

    /** Returns true when {@code --data} was given on the command line. */
    boolean dataGiven() {
        return data != null;
    }

    /** Returns the stream for raw output such as an export; text goes through picocli's writer. */
    PrintStream rawOut() {
        return out;
    }

    /**
     * Opens the store, creating it if it does not exist yet.
     *
     * @throws RegistryException if it is locked by another process or is not a store
     */
    Registry openOrCreate() {
        return Registries.connect(dataDir());
    }

    /**
     * Opens an existing store; a folder that does not exist is an error rather than a new, empty
     * store, so that a mistyped {@code --data} does not leave a stray store behind.
     */
    Registry openExisting() {
        Path dir = dataDir();
        if (!Files.isDirectory(dir)) {
            throw new RegistryException(
                    "No registry at "
                            + dir
                            + ": the folder does not exist (create one with 'registry load FILE...'"
                            + " or 'registry serve')");
        }
        return openOrCreate();
    }

    /** Starts the server with the given Spring arguments. */
    void launchServer(String[] springArgs) {
        launcher.launch(springArgs);
        serverStarted = true;
    }

    boolean serverStarted() {
        return serverStarted;
    }
}
