package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The out-of-memory policy: halt with a status on OutOfMemoryError, pass anything else on. */
class OutOfMemoryExitTest {

    private final List<Integer> halts = new ArrayList<>();
    private final List<Throwable> passedOn = new ArrayList<>();
    private final OutOfMemoryExit policy =
            new OutOfMemoryExit((thread, error) -> passedOn.add(error), halts::add);

    @Test
    void haltsTheJvmWithItsExitStatusOnOutOfMemory() {
        policy.uncaughtException(Thread.currentThread(), new OutOfMemoryError("Java heap space"));

        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_STATUS);
        assertThat(passedOn).isEmpty();
    }

    @Test
    void passesOtherErrorsToThePreviousHandlerWithoutHalting() {
        IllegalStateException error = new IllegalStateException("boom");

        policy.uncaughtException(Thread.currentThread(), error);

        assertThat(halts).isEmpty();
        assertThat(passedOn).containsExactly(error);
    }
}
