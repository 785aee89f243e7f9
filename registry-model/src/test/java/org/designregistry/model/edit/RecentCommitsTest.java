package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.designregistry.model.Commit;
import org.junit.jupiter.api.Test;

/** The changes of the last commits, by version, and no answer where they no longer reach. */
class RecentCommitsTest {

    @Test
    void listsTheChangesOfEveryCommitAfterAVersion() {
        RecentCommits recent = new RecentCommits(10);
        recent.committed(new Commit(11, List.of(triple(1)), List.of(), true));
        recent.committed(new Commit(12, List.of(triple(2)), List.of(triple(3)), true));

        assertThat(recent.changedSince(10)).contains(List.of(triple(1), triple(2), triple(3)));
        assertThat(recent.changedSince(11)).contains(List.of(triple(2), triple(3)));
        assertThat(recent.changedSince(12)).contains(List.of());
    }

    @Test
    void hasNoAnswerBeforeItStartedListening() {
        RecentCommits recent = new RecentCommits(10);

        assertThat(recent.changedSince(9)).isEmpty();
    }

    @Test
    void hasNoAnswerAcrossACommitTooLargeToItemise() {
        RecentCommits recent = new RecentCommits(10);
        recent.committed(new Commit(11, List.of(), List.of(), false));
        recent.committed(new Commit(12, List.of(triple(1)), List.of(), true));

        assertThat(recent.changedSince(10)).isEmpty();
        assertThat(recent.changedSince(11)).contains(List.of(triple(1)));
    }

    @Test
    void forgetsTheOldestCommitsPastItsBound() {
        RecentCommits recent = new RecentCommits(0);
        for (int version = 1; version <= RecentCommits.MAX_COMMITS + 5; version++) {
            recent.committed(new Commit(version, List.of(triple(version)), List.of(), true));
        }

        assertThat(recent.changedSince(4)).isEmpty();
        assertThat(recent.changedSince(5)).hasValueSatisfying(c -> assertThat(c).hasSize(512));
    }

    private static Triple triple(int i) {
        return Triple.create(
                NodeFactory.createURI("urn:s" + i),
                NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("o" + i));
    }
}
