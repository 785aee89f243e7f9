package org.designregistry.server.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.resource.EditField;
import org.designregistry.model.resource.EditFields;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceDescription.LinkGroup;
import org.designregistry.model.resource.ResourceDescription.Linked;
import org.designregistry.model.resource.ResourceDescription.PropertyValues;
import org.designregistry.model.resource.Term;
import org.designregistry.model.resource.Value;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.designregistry.server.edit.EditPage.NewRelation;
import org.designregistry.server.edit.EditPage.Problem;
import org.designregistry.server.edit.EditPage.Row;
import org.designregistry.server.edit.EditPage.Section;
import org.designregistry.server.web.PageLinks;

/**
 * Draws edit pages: the rows of a stored resource's form, one section per field of its shapes plus
 * the values and links no field names; and, for a refused save, the posted rows with each error
 * beside the field or row it concerns.
 */
final class EditPages {

    private static final PageLinks LINKS = new PageLinks();

    /** Neither is a value row: the label has its own input, and an identifier never changes. */
    private static final Set<String> NOT_ROWS =
            Set.of(RDFS.label.getURI(), DCTerms.identifier.getURI());

    private static final int NEW_LINK_ROWS = 2;

    private final EditFields vocabulary;

    EditPages(EditFields vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Returns the form of a stored resource, as it stands. */
    EditForm formOf(ResourceDescription resource) {
        List<EditField> fields = fieldsOf(resource);
        Map<String, EditField> byProperty = new HashMap<>();
        fields.forEach(f -> byProperty.put(f.property().iri(), f));
        List<EditRow> rows = new ArrayList<>();
        for (EditField field : fields) {
            String section = field.property().name();
            List<EditRow> stored = new ArrayList<>();
            valuesOf(resource, field.property().iri())
                    .filter(v -> !v.isBlankNode())
                    .forEach(v -> stored.add(valueRow(section, field.property().name(), v)));
            linksOf(resource, field.property().iri())
                    .forEach(
                            l ->
                                    stored.add(
                                            EditRow.stored(
                                                    section,
                                                    field.property().name(),
                                                    EditRow.LINK,
                                                    l.resource().iri(),
                                                    "",
                                                    "")));
            rows.addAll(stored);
            if (field.kind() == EditField.Kind.LINK || stored.isEmpty() || field.repeatable()) {
                rows.add(blankRow(field));
            }
        }
        for (PropertyValues values : resource.properties()) {
            String iri = values.property().iri();
            if (!byProperty.containsKey(iri) && !NOT_ROWS.contains(iri)) {
                // Blank nodes are structures the form cannot show; saving keeps them.
                values.values().stream()
                        .filter(v -> !v.isBlankNode())
                        .forEach(
                                v ->
                                        rows.add(
                                                valueRow(
                                                        EditRow.OTHER_VALUES,
                                                        values.property().name(),
                                                        v)));
            }
        }
        for (LinkGroup group : resource.outgoing()) {
            if (!byProperty.containsKey(group.relation().iri())) {
                group.resources()
                        .forEach(
                                l ->
                                        rows.add(
                                                EditRow.stored(
                                                        EditRow.OTHER_LINKS,
                                                        group.relation().name(),
                                                        EditRow.LINK,
                                                        l.resource().iri(),
                                                        "",
                                                        "")));
            }
        }
        for (int i = 0; i < NEW_LINK_ROWS; i++) {
            rows.add(EditRow.blank(EditRow.NEW_LINK, "", EditRow.LINK, ""));
        }
        rows.add(EditRow.blank(EditRow.NEW_VALUE, "", EditRow.LITERAL, ""));
        return new EditForm(resource.version(), resource.label(), rows, "");
    }

    /** Returns the page of a form: a fresh one, or one whose save was refused. */
    EditPage page(ResourceDescription resource, EditForm form, Refusal refusal) {
        List<EditField> fields = fieldsOf(resource);
        Map<String, List<Row>> bySection = new LinkedHashMap<>();
        List<EditRow> posted = form.rows();
        for (int i = 0; i < posted.size(); i++) {
            EditRow row = posted.get(i);
            Row drawn =
                    new Row(
                            i,
                            row,
                            propertyLabel(resource, row.property()),
                            row.isLink()
                                    ? targetOf(resource, row.value())
                                            .map(EditPages::named)
                                            .orElse("")
                                    : "",
                            row.isLink()
                                    ? targetOf(resource, row.value())
                                            .map(LINKS::resource)
                                            .orElse("")
                                    : "",
                            Optional.ofNullable(refusal.rowErrors().get(i)));
            bySection.computeIfAbsent(sectionOf(row, fields), s -> new ArrayList<>()).add(drawn);
        }
        List<Violation> unplaced = new ArrayList<>(refusal.violations());
        Optional<String> labelError =
                refusal.labelError()
                        .or(
                                () ->
                                        take(
                                                        unplaced,
                                                        v ->
                                                                isAbout(resource, v)
                                                                        && v.path()
                                                                                .equals(
                                                                                        "rdfs:label"))
                                                .stream()
                                                .findFirst()
                                                .map(Violation::message));
        List<Section> sections = new ArrayList<>();
        for (EditField field : fields) {
            List<Row> rows = bySection.getOrDefault(field.property().name(), List.of());
            List<String> errors =
                    take(
                                    unplaced,
                                    v ->
                                            isAbout(resource, v)
                                                    && (field.shapes().contains(v.sourceShape())
                                                            || holdsValueOf(rows, v)))
                            .stream()
                            .map(Violation::message)
                            .toList();
            sections.add(
                    new Section(
                            sectionId(field.property().name()), Optional.of(field), rows, errors));
        }
        Section otherValues = otherSection(resource, EditRow.OTHER_VALUES, bySection, unplaced);
        Section otherLinks = otherSection(resource, EditRow.OTHER_LINKS, bySection, unplaced);
        List<Problem> problems = new ArrayList<>();
        labelError.ifPresent(e -> problems.add(new Problem(e, "label")));
        Stream.concat(sections.stream(), Stream.of(otherValues, otherLinks))
                .forEach(s -> problemsOf(s, problems));
        Stream.of(EditRow.NEW_LINK, EditRow.NEW_VALUE)
                .flatMap(s -> bySection.getOrDefault(s, List.of()).stream())
                .forEach(r -> r.error().ifPresent(e -> problems.add(new Problem(e, r.id()))));
        unplaced.forEach(v -> problems.add(new Problem(elsewhere(resource, v), "edit-form")));
        return new EditPage(
                resource,
                form.version(),
                form.label(),
                labelError,
                sections,
                otherValues,
                otherLinks,
                bySection.getOrDefault(EditRow.NEW_LINK, List.of()),
                bySection.getOrDefault(EditRow.NEW_VALUE, List.of()),
                vocabulary.relationsFor(resource.types().stream().map(Term::iri).toList()).stream()
                        .map(r -> new NewRelation(r, vocabulary.targetClasses(r.iri())))
                        .toList(),
                vocabulary.valueProperties(),
                problems,
                refusal.notice());
    }

    private List<EditField> fieldsOf(ResourceDescription resource) {
        return vocabulary.forTypes(resource.types().stream().map(Term::iri).toList());
    }

    /** The section a posted row is drawn in: its own, when the page has it. */
    private static String sectionOf(EditRow row, List<EditField> fields) {
        boolean known =
                Stream.of(
                                        EditRow.OTHER_VALUES,
                                        EditRow.OTHER_LINKS,
                                        EditRow.NEW_LINK,
                                        EditRow.NEW_VALUE)
                                .anyMatch(row.section()::equals)
                        || fields.stream().anyMatch(f -> f.property().name().equals(row.section()));
        if (known) {
            return row.section();
        }
        return row.isLink() ? EditRow.OTHER_LINKS : EditRow.OTHER_VALUES;
    }

    private Section otherSection(
            ResourceDescription resource,
            String section,
            Map<String, List<Row>> bySection,
            List<Violation> unplaced) {
        List<Row> rows = bySection.getOrDefault(section, List.of());
        Set<String> properties = Set.copyOf(rows.stream().map(r -> r.row().property()).toList());
        List<String> errors =
                take(unplaced, v -> isAbout(resource, v) && properties.contains(v.path())).stream()
                        .map(Violation::message)
                        .toList();
        return new Section(section, Optional.empty(), rows, errors);
    }

    private static void problemsOf(Section section, List<Problem> problems) {
        // GOV.UK's error summary moves the focus to the input a link names: the group's first.
        String anchor = section.rows().stream().findFirst().map(Row::id).orElse(section.id());
        section.errors().forEach(e -> problems.add(new Problem(e, anchor)));
        section.rows().forEach(r -> r.error().ifPresent(e -> problems.add(new Problem(e, r.id()))));
    }

    private static List<Violation> take(List<Violation> violations, Predicate<Violation> wanted) {
        List<Violation> taken = violations.stream().filter(wanted).toList();
        violations.removeAll(taken);
        return taken;
    }

    /**
     * A rule about the whole resource (no path) that names the value it objects to belongs beside
     * the field holding that value, such as an Approved status without an approving decision.
     */
    private static boolean holdsValueOf(List<Row> rows, Violation violation) {
        return violation.path().isEmpty()
                && !violation.value().isEmpty()
                && rows.stream()
                        .anyMatch(r -> r.row().kept() && r.row().value().equals(violation.value()));
    }

    private static boolean isAbout(ResourceDescription resource, Violation violation) {
        return violation.focusNode().equals(resource.iri());
    }

    /** A violation of another resource that the save would have caused, naming that resource. */
    private static String elsewhere(ResourceDescription resource, Violation violation) {
        if (isAbout(resource, violation)) {
            return violation.message();
        }
        String other =
                targetOf(resource, violation.focusNode())
                        .map(r -> r.identifier().isEmpty() ? r.label() : r.identifier())
                        .orElse(violation.focusNode());
        return other + ": " + violation.message();
    }

    /** Returns the id of a field's group: {@code field-dr-status} for {@code dr:status}. */
    static String sectionId(String propertyName) {
        return "field-" + propertyName.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static EditRow valueRow(String section, String property, Value value) {
        return value.isIri()
                ? EditRow.stored(section, property, EditRow.IRI, value.iri(), "", "")
                : EditRow.stored(
                        section,
                        property,
                        EditRow.LITERAL,
                        value.text(),
                        value.datatype(),
                        value.language());
    }

    private static EditRow blankRow(EditField field) {
        String property = field.property().name();
        return switch (field.kind()) {
            case LINK -> EditRow.blank(property, property, EditRow.LINK, "");
            case CONCEPT -> EditRow.blank(property, property, EditRow.IRI, "");
            case DATE -> EditRow.blank(property, property, EditRow.LITERAL, XSD.date.getURI());
            case BOOLEAN ->
                    EditRow.blank(property, property, EditRow.LITERAL, XSD.xboolean.getURI());
            case TEXT -> EditRow.blank(property, property, EditRow.LITERAL, field.datatype());
        };
    }

    private static Stream<Value> valuesOf(ResourceDescription resource, String property) {
        return resource.properties().stream()
                .filter(p -> p.property().iri().equals(property))
                .flatMap(p -> p.values().stream());
    }

    private static Stream<Linked> linksOf(ResourceDescription resource, String relation) {
        return resource.outgoing().stream()
                .filter(g -> g.relation().iri().equals(relation))
                .flatMap(g -> g.resources().stream());
    }

    /** The resource a link row names, when the page knows it: one the resource links with. */
    private static Optional<ResourceRef> targetOf(ResourceDescription resource, String iri) {
        return Stream.concat(resource.outgoing().stream(), resource.incoming().stream())
                .flatMap(g -> g.resources().stream())
                .map(Linked::resource)
                .filter(r -> r.iri().equals(iri))
                .findFirst();
    }

    /** Names a linked resource as its page does: identifier, then label unless it starts so. */
    private static String named(ResourceRef resource) {
        String identifier = resource.identifier();
        return identifier.isEmpty() || resource.label().startsWith(identifier)
                ? resource.label()
                : identifier + " " + resource.label();
    }

    private String propertyLabel(ResourceDescription resource, String name) {
        return Stream.of(
                        resource.properties().stream().map(PropertyValues::property),
                        resource.outgoing().stream().map(LinkGroup::relation),
                        vocabulary.relations().stream(),
                        vocabulary.valueProperties().stream())
                .flatMap(s -> s)
                .filter(t -> t.name().equals(name) || t.iri().equals(name))
                .map(Term::label)
                .findFirst()
                .map(EditPages::words)
                .orElse(name);
    }

    /**
     * Returns a label that is a local name ({@code versionInfo}) as the words a person reads
     * ({@code version info}); other labels as they are.
     */
    static String words(String label) {
        if (!label.matches("[a-z]+(?:[A-Z][a-z0-9]*)+")) {
            return label;
        }
        return label.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Why a save was refused.
     *
     * @param labelError why the label was refused, if it was
     * @param rowErrors a message for each refused row, by position
     * @param violations the shapes' violations the save would have added
     * @param notice why, when no field is to blame
     */
    record Refusal(
            Optional<String> labelError,
            Map<Integer, String> rowErrors,
            List<Violation> violations,
            Optional<String> notice) {

        /** Nothing refused: a fresh form. */
        static final Refusal NONE =
                new Refusal(Optional.empty(), Map.of(), List.of(), Optional.empty());

        static Refusal notice(String notice) {
            return new Refusal(Optional.empty(), Map.of(), List.of(), Optional.of(notice));
        }
    }
}
