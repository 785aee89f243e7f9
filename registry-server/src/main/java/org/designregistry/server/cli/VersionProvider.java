package org.designregistry.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.jena.Jena;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code --version} text, from the {@code META-INF/build-info.properties} that the build
 * writes.
 */
final class VersionProvider implements IVersionProvider {

    static final String BUILD_INFO = "META-INF/build-info.properties";

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in =
                VersionProvider.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_INFO, e);
        }
        return new String[] {
            "Design Registry " + build.getProperty("build.version", "(version unknown)"),
            "Apache Jena " + Jena.VERSION + ", Java " + Runtime.version()
        };
    }
}
