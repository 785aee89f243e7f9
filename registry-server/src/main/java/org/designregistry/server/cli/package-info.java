/**
 * The {@code registry} command line, built with picocli. The store commands open the registry
 * directly, without Spring, and close it before returning; only {@code serve} starts the server.
 *
 * <ul>
 *   <li>{@code RegistryCli} :: the entry point: runs one command, returns its exit code.
 *   <li>{@code RegistryCommand} :: the top-level command and its shared {@code --data} option.
 *   <li>{@code LoadCommand}, {@code ExportCommand}, {@code ValidateCommand}, {@code StatsCommand},
 *       {@code ReindexCommand}, {@code ServeCommand} :: the subcommands.
 *   <li>{@code ChangesCommand}, {@code HistoryCommand}, {@code RevertCommand} :: the change
 *       history: recorded changes, one resource's differences, reverts; {@code ChangeTables} prints
 *       them as Markdown or CSV, {@code CliPrincipal} names the command line's writer.
 *   <li>{@code ImportCommand}, {@code ExportRegisterCommand} :: spreadsheet registers in and out,
 *       here or through a running server ({@code MultipartBody} uploads); {@code ImportReport}
 *       prints what an import did.
 *   <li>{@code RecommendCommand}, {@code DecideCommand} :: the governance workflow's steps, as the
 *       store's owner; {@code WorkflowCli} :: what they share.
 *   <li>{@code ErrorReporter} :: one-line error messages and exit codes ({@code ExitCodes}).
 *   <li>{@code ServerLauncher} :: how {@code serve} starts Spring Boot.
 * </ul>
 */
package org.designregistry.server.cli;
