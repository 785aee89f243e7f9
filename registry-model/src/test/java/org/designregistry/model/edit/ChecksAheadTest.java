package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer relies on a write's check ahead only while nothing it read has changed: a commit in
 * between, or an earlier write of the same batch, that breaks what the check saw makes the writer
 * validate the write again, and refuse it.
 */
class ChecksAheadTest {

    private static final String ID = "https://registry.test/id/";
    private static final String DES140 = ID + "artefact/DES140";
    private static final String DES900 = ID + "artefact/DES900";

    @TempDir Path folder;
    private Registry registry;
    private RecentCommits recent;

    @BeforeEach
    void load() {
        registry = Registries.connect(folder.resolve("store"));
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
        registry.update(ChecksAheadTest::createDes900);
        recent = new RecentCommits(registry.version());
        registry.addCommitListener(recent);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void reliesOnACheckAheadWhenNothingItReadsChangedSince() {
        // A check ahead that vouches for a write breaking a shape shows that the writer trusts it.
        Consumer<Model> breaking = dependsOn(DES140, ID + "workstream/Smart");
        Precheck forged =
                new Precheck(
                        registry.version(),
                        Set.of(dependency(DES140, ID + "workstream/Smart")),
                        Set.of(node(DES140)),
                        ReadSet.none());
        QueuedWrite write = queued(breaking, Optional.of(forged));

        WriteBatch.run(List.of(write, queued(comment(DES900), Optional.empty())), recent);

        write.await();
        assertThat(dependenciesOf(DES140)).contains(ID + "workstream/Smart");
    }

    @Test
    void validatesAgainAWriteWhoseTargetACommitInBetweenDeleted() {
        Consumer<Model> dependency = dependsOn(DES140, DES900);
        Optional<Precheck> ahead = Precheck.of(registry, dependency);
        assertThat(ahead).isPresent();
        registry.update(ChecksAheadTest::deleteDes900);
        QueuedWrite write = queued(dependency, ahead);
        QueuedWrite other = queued(comment(DES140), Optional.empty());

        WriteBatch.run(List.of(write, other), recent);

        assertThatThrownBy(write::await).isInstanceOf(ShapeViolationException.class);
        other.await();
        assertThat(dependenciesOf(DES140)).doesNotContain(DES900);
    }

    @Test
    void validatesAgainAWriteWhoseTargetAnEarlierWriteOfTheBatchDeleted() {
        Consumer<Model> dependency = dependsOn(DES140, DES900);
        Optional<Precheck> ahead = Precheck.of(registry, dependency);
        assertThat(ahead).isPresent();
        QueuedWrite delete = queued(ChecksAheadTest::deleteDes900, Optional.empty());
        QueuedWrite write = queued(dependency, ahead);

        WriteBatch.run(List.of(delete, write), recent);

        delete.await();
        assertThatThrownBy(write::await).isInstanceOf(ShapeViolationException.class);
        assertThat(dependenciesOf(DES140)).doesNotContain(DES900);
    }

    @Test
    void vouchesForAWriteWhenWhatChangedInBetweenIsNothingItsValidationRead() {
        Consumer<Model> dependency = dependsOn(DES140, DES900);
        Precheck ahead = Precheck.of(registry, dependency).orElseThrow();
        // The target's comment is not among what validating a link to it reads (its type is).
        registry.update(comment(DES900));
        QueuedWrite write = queued(dependency, Optional.of(ahead));

        ChecksAhead checks = ChecksAhead.of(List.of(write), recent);

        assertThat(checks.vouchesFor(write, ahead.changed(), ahead.focusNodes())).isTrue();
    }

    @Test
    void vouchesForNoWriteWhenATypeItsValidationReadChangedInBetween() {
        Consumer<Model> dependency = dependsOn(DES140, DES900);
        Precheck ahead = Precheck.of(registry, dependency).orElseThrow();
        registry.update(
                model ->
                        model.add(
                                model.createResource(DES900),
                                RDF.type,
                                model.createResource(ID + "SomethingElse")));
        QueuedWrite write = queued(dependency, Optional.of(ahead));

        ChecksAhead checks = ChecksAhead.of(List.of(write), recent);

        assertThat(checks.vouchesFor(write, ahead.changed(), ahead.focusNodes())).isFalse();
    }

    @Test
    void draftsAWriteWithoutChangingTheStore() {
        long version = registry.version();

        Optional<Precheck> ahead = Precheck.of(registry, ChecksAheadTest::deleteDes900);

        assertThat(ahead).isPresent();
        assertThat(ahead.get().version()).isEqualTo(version);
        assertThat(ahead.get().changed()).hasSizeGreaterThan(5);
        assertThat(ahead.get().focusNodes()).contains(node(DES900));
        assertThat(registry.version()).isEqualTo(version);
        assertThat(
                        org.apache.jena.system.Txn.calculateRead(
                                registry.dataset(),
                                () ->
                                        registry.dataset()
                                                .getDefaultGraph()
                                                .contains(node(DES900), Node.ANY, Node.ANY)))
                .isTrue();
    }

    @Test
    void vouchesForNoWriteThatBreaksAShapeInItsDraft() {
        assertThat(Precheck.of(registry, dependsOn(DES140, ID + "workstream/Smart"))).isEmpty();
    }

    private QueuedWrite queued(Consumer<Model> change, Optional<Precheck> precheck) {
        return new QueuedWrite(registry, WriteRights.unrestricted(), change, () -> false, precheck);
    }

    private List<String> dependenciesOf(String artefact) {
        return org.apache.jena.system.Txn.calculateRead(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .find(node(artefact), DR.dependsOn.asNode(), Node.ANY)
                                .mapWith(t -> t.getObject().getURI())
                                .toList());
    }

    private static void createDes900(Model model) {
        Resource des900 = model.createResource(DES900);
        model.add(des900, RDF.type, DR.DesignArtefact);
        model.add(des900, RDFS.label, "DES900 Scratch List");
        model.add(des900, DCTerms.identifier, "DES900");
        model.add(des900, DCTerms.title, "Scratch List");
        model.add(
                des900,
                DR.artefactType,
                model.createResource("https://w3id.org/design-registry/artefact-type/ProcessList"));
        model.add(
                des900,
                DR.status,
                model.createResource("https://w3id.org/design-registry/status/Draft"));
        model.add(des900, DR.ownedBy, model.createResource(ID + "workstream/Smart"));
    }

    private static void deleteDes900(Model model) {
        model.removeAll(model.createResource(DES900), null, null);
    }

    private static Consumer<Model> dependsOn(String from, String to) {
        return model ->
                model.add(model.createResource(from), DR.dependsOn, model.createResource(to));
    }

    private static Consumer<Model> comment(String about) {
        return model -> model.add(model.createResource(about), RDFS.comment, "checked again");
    }

    private static Triple dependency(String from, String to) {
        return Triple.create(node(from), DR.dependsOn.asNode(), node(to));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
