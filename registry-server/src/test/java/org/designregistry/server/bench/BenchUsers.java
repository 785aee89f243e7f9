package org.designregistry.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The people and the tool the bench signs in as: an editor and an approver (HTTP Basic or the login
 * form) and an editor's API token. Their configuration is made by the jar's own {@code
 * hash-password} and {@code create-token} commands, as docs/configuration.md tells users to.
 *
 * @param editor the editor's name
 * @param editorPassword the editor's password
 * @param approver the approver's name
 * @param approverPassword the approver's password
 * @param token the editor's API token
 * @param properties the {@code application.properties} lines that configure all three
 */
record BenchUsers(
        String editor,
        String editorPassword,
        String approver,
        String approverPassword,
        String token,
        List<String> properties) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Returns new users with random passwords, configured by running {@code jar}. */
    static BenchUsers create(Path jar, Path workingDir) throws IOException, InterruptedException {
        String editorPassword = randomSecret();
        String approverPassword = randomSecret();
        List<String> properties = new ArrayList<>();
        properties.addAll(
                run(jar, workingDir, editorPassword, "hash-password", "--name", "bench-editor"));
        properties.addAll(
                run(
                        jar,
                        workingDir,
                        approverPassword,
                        "hash-password",
                        "--name",
                        "bench-approver",
                        "--roles",
                        "approver",
                        "--index",
                        "1"));
        List<String> tokenLines =
                run(jar, workingDir, "", "create-token", "--name", "bench-writers");
        // The token is the line after the comment that announces it: "# <token>".
        String token = tokenLines.get(1).substring(2).strip();
        properties.addAll(tokenLines);
        return new BenchUsers(
                "bench-editor",
                editorPassword,
                "bench-approver",
                approverPassword,
                token,
                List.copyOf(properties));
    }

    /** Returns the editor's {@code Authorization} header value for HTTP Basic. */
    String editorBasic() {
        return basic(editor, editorPassword);
    }

    /** Returns the {@code Authorization} header value of the editor's API token. */
    String bearer() {
        return "Bearer " + token;
    }

    private static String basic(String name, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Runs a command of the jar with {@code input} on its standard input; returns its output. */
    private static List<String> run(Path jar, Path workingDir, String input, String... args)
            throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(JarServer.java(jar, List.of(), List.of(args)))
                        .directory(workingDir.toFile())
                        .redirectErrorStream(true)
                        .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write((input + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // It stopped before reading: its output below says why.
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "registry " + String.join(" ", args) + " failed:\n" + output);
        }
        return output.lines().toList();
    }
}
