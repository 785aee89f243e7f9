package org.designregistry.model.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.designregistry.model.RegistryException;
import org.designregistry.ontology.ArchiMate;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;

/**
 * A reference to a registry resource by its identifier, optionally qualified by its kind, in one
 * grammar that is parsed and printed back the same: {@value #GRAMMAR}, for example {@code
 * interface:IF-041} or plain {@code IF-041}. The kinds are those of the resource IRIs, such as
 * {@code process}, {@code data-item} or {@code change-request}.
 *
 * <pre>{@code
 * Ref ref = Ref.parse("interface:IF-041");
 * ref.toString();                       // "interface:IF-041"
 * registry.catalog().resolve(ref);      // the interface whose dcterms:identifier is IF-041
 * }</pre>
 *
 * @param kind the kind of resource, or empty to match any kind
 * @param identifier the resource's {@code dcterms:identifier}: no spaces or colons
 */
public record Ref(Optional<Kind> kind, String identifier) {

    /** The grammar of a reference, as quoted in error messages. */
    public static final String GRAMMAR = "[kind:]identifier";

    private static final Pattern IDENTIFIER = Pattern.compile("[^\\s:]+");

    /**
     * Checks the identifier against the grammar.
     *
     * @throws RegistryException quoting the grammar if the identifier is empty or holds a space or
     *     colon
     */
    public Ref {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw invalid(identifier);
        }
    }

    /** Returns a reference to the resource of any kind with this identifier. */
    public static Ref of(String identifier) {
        return new Ref(Optional.empty(), identifier);
    }

    /** Returns a reference to the resource of the given kind with this identifier. */
    public static Ref of(Kind kind, String identifier) {
        return new Ref(Optional.of(kind), identifier);
    }

    /**
     * Returns the reference a text spells, such as {@code interface:IF-041} or {@code IF-041}; the
     * kind is read ignoring case, and surrounding spaces are ignored.
     *
     * @throws RegistryException quoting the grammar and the kinds if the text does not follow it
     */
    public static Ref parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return checked(text, () -> of(trimmed));
        }
        Optional<Kind> kind = Kind.fromName(trimmed.substring(0, colon));
        if (kind.isEmpty()) {
            throw invalid(text);
        }
        return checked(text, () -> of(kind.get(), trimmed.substring(colon + 1)));
    }

    /** Returns the reference in its grammar, such as {@code interface:IF-041}. */
    @Override
    public String toString() {
        return kind.map(k -> k.kindName() + ":").orElse("") + identifier;
    }

    private static Ref checked(String text, Supplier<Ref> make) {
        try {
            return make.get();
        } catch (RegistryException e) {
            throw invalid(text);
        }
    }

    private static RegistryException invalid(String text) {
        return new RegistryException(
                "Invalid reference '"
                        + text
                        + "': expected "
                        + GRAMMAR
                        + ", where kind is one of "
                        + Arrays.stream(Kind.values())
                                .map(Kind::kindName)
                                .collect(Collectors.joining(", "))
                        + " and identifier has no spaces or colons (for example interface:IF-041"
                        + " or IF-041)");
    }

    /**
     * The kinds of registry resource, named as in the resource IRIs ({@code .../id/{kind}/...}),
     * each with the classes whose instances it names.
     */
    public enum Kind {
        /** Design artefacts ({@code dr:DesignArtefact}). */
        ARTEFACT("artefact", DR.DesignArtefact),
        /** Governance documents ({@code dr:GovernanceDocument}). */
        DOCUMENT("document", DR.GovernanceDocument),
        /** Business processes ({@code dr:BusinessProcess}, and ArchiMate's). */
        PROCESS("process", DR.BusinessProcess, ArchiMate.BusinessProcess),
        /** Interfaces ({@code dr:Interface}, and ArchiMate's business, application, technology). */
        INTERFACE(
                "interface",
                DR.Interface,
                ArchiMate.BusinessInterface,
                ArchiMate.ApplicationInterface,
                ArchiMate.TechnologyInterface),
        /** Publications ({@code dr:Publication}). */
        PUBLICATION("publication", DR.Publication),
        /** Data items ({@code dr:DataItem}, and ArchiMate's business and data objects). */
        DATA_ITEM(
                "data-item",
                DR.DataItem,
                ArchiMate.BusinessObject,
                ArchiMate.Contract,
                ArchiMate.DataObject),
        /** Events ({@code dr:Event}, and ArchiMate's events of every layer). */
        EVENT(
                "event",
                DR.Event,
                ArchiMate.BusinessEvent,
                ArchiMate.ApplicationEvent,
                ArchiMate.TechnologyEvent,
                ArchiMate.ImplementationEvent),
        /**
         * Requirements ({@code dr:Requirement}, its subclasses and {@code oslc_rm:Requirement}).
         */
        REQUIREMENT(
                "requirement",
                DR.Requirement,
                DR.FunctionalRequirement,
                DR.NonFunctionalRequirement,
                OSLCRM.Requirement,
                ArchiMate.Requirement,
                ArchiMate.Constraint),
        /** Market roles ({@code dr:MarketRole}). */
        MARKET_ROLE("market-role", DR.MarketRole),
        /** Programme roles ({@code dr:ProgrammeRole}). */
        PROGRAMME_ROLE("programme-role", DR.ProgrammeRole),
        /** Workstreams ({@code dr:Workstream}). */
        WORKSTREAM("workstream", DR.Workstream),
        /** Governing bodies ({@code dr:GoverningBody}, including working groups). */
        BODY("body", DR.GoverningBody, DR.WorkingGroup),
        /** Constituencies ({@code dr:Constituency}). */
        CONSTITUENCY("constituency", DR.Constituency),
        /** Organisations ({@code org:Organization}). */
        ORGANISATION("organisation", ORG.Organization),
        /** Posts on governing bodies ({@code org:Post}). */
        POST("post", ORG.Post),
        /**
         * People ({@code foaf:Person}), identified by the user name they sign in with, members of
         * working groups, bodies and workstreams.
         */
        PERSON("person", FOAF.Person),
        /** Meetings ({@code dr:Meeting}). */
        MEETING("meeting", DR.Meeting),
        /** Decisions ({@code dr:Decision}). */
        DECISION("decision", DR.Decision),
        /** Recommendations to governing bodies ({@code dr:Recommendation}). */
        RECOMMENDATION("recommendation", DR.Recommendation),
        /** Conditions of decisions accepted subject to additional work ({@code dr:Condition}). */
        CONDITION("condition", DR.Condition),
        /** Delegations of decisions to other bodies ({@code dr:Delegation}). */
        DELEGATION("delegation", DR.Delegation),
        /** Concerns raised with decisions ({@code dr:Concern}). */
        CONCERN("concern", DR.Concern),
        /** Change requests ({@code dr:ChangeRequest}). */
        CHANGE_REQUEST("change-request", DR.ChangeRequest),
        /** Baselines ({@code dr:Baseline}). */
        BASELINE("baseline", DR.Baseline),
        /**
         * ArchiMate elements that no other kind names, such as application components, services,
         * actors and roles ({@code archimate:Element} and its classes).
         */
        ELEMENT("element", ArchiMateKinds.otherElementClasses());

        private final String kindName;
        private final List<String> classIris;

        Kind(String kindName, Resource... classes) {
            this.kindName = kindName;
            this.classIris = Arrays.stream(classes).map(Resource::getURI).toList();
        }

        /** Returns the name used in references and IRIs, such as {@code data-item}. */
        public String kindName() {
            return kindName;
        }

        /** Returns the IRI of the kind's class, such as {@code dr:DataItem}'s. */
        public String classIri() {
            return classIris.get(0);
        }

        /** Returns the IRIs of the classes whose instances are of this kind, the main one first. */
        public List<String> classIris() {
            return classIris;
        }

        /** Returns the kind with the given name, ignoring case, or empty. */
        public static Optional<Kind> fromName(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.kindName.equals(wanted)).findFirst();
        }

        /** Returns the kind whose instances a class has, or empty for other classes. */
        public static Optional<Kind> ofClass(String classIri) {
            return Arrays.stream(values()).filter(k -> k.classIris.contains(classIri)).findFirst();
        }
    }
}
