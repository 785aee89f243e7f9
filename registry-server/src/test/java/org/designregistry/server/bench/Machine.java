package org.designregistry.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Describes the machine a bench runs on, for its report. */
final class Machine {

    private Machine() {}

    /** Returns one sentence: cores, memory, JVM, this JVM's maximum heap, operating system. */
    static String describe() {
        long memory =
                ((com.sun.management.OperatingSystemMXBean)
                                ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (nproc), %.0f GiB memory, %s %s (%s), max heap %.1f GiB, %s %s.",
                Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    /**
     * Returns the load averages over 1, 5 and 15 minutes, such as {@code 2.10 1.80 1.20}, or {@code
     * unknown} where the system does not publish them: on a shared machine they say how much of the
     * figures is waiting for a core.
     */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
