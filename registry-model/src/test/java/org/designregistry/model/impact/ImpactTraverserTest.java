package org.designregistry.model.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImpactTraverserTest {

    private static final String EX = "https://example.org/id/";

    private static Registry registry;
    private static ImpactIndex index;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("impact/graphs.ttl")));
        index = ImpactAnalysis.of(registry).index();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void iteratesBreadthFirstStartFirst() {
        assertThat(ImpactTraverser.downstream(index).breadthFirst(EX + "DI-901"))
                .containsExactly(EX + "DI-901", EX + "IF-901", EX + "IF-902", EX + "BP901");
        assertThat(ImpactTraverser.upstream(index).breadthFirst(EX + "BP901"))
                .containsExactly(EX + "BP901", EX + "IF-901", EX + "IF-902", EX + "DI-901");
    }

    @Test
    void returnsEachResourceOfACycleOnce() {
        assertThat(ImpactTraverser.downstream(index).breadthFirst(EX + "Y1"))
                .containsExactly(EX + "Y1", EX + "Y3", EX + "Y2");
    }

    @Test
    void walksLazilyAndCanBeIteratedAgain() {
        Iterable<String> walk = ImpactTraverser.downstream(index).breadthFirst(EX + "C1");
        Iterator<String> first = walk.iterator();

        assertThat(first.next()).isEqualTo(EX + "C1");
        assertThat(first.next()).isEqualTo(EX + "C2");
        assertThat(walk).containsExactly(EX + "C1", EX + "C2", EX + "C3", EX + "C4");
        assertThat(first.next()).isEqualTo(EX + "C3");
    }

    @Test
    void startsFromSeveralResourcesAndKeepsUnindexedStarts() {
        assertThat(
                        ImpactTraverser.downstream(index)
                                .breadthFirst(List.of(EX + "C3", "urn:nothing", EX + "C3")))
                .containsExactly("urn:nothing", EX + "C3", EX + "C4");
    }

    @Test
    void endsWithNoSuchElement() {
        Iterator<String> it = ImpactTraverser.downstream(index).breadthFirst(EX + "C4").iterator();
        it.next();

        assertThat(it.hasNext()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(it::next)
                .isInstanceOf(NoSuchElementException.class);
    }
}
