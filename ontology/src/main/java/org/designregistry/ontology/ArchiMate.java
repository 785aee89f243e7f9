package org.designregistry.ontology;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ArchiMate terms of the registry ontology ({@code archimate:}, in {@code
 * ontology/archimate.ttl}): a class per element type of ArchiMate 3.1, named exactly as the Model
 * Exchange File Format's {@code xsi:type}, and a relation per relationship type.
 *
 * <pre>{@code
 * ArchiMate.elementClass("ApplicationComponent"); // archimate:ApplicationComponent
 * }</pre>
 */
public final class ArchiMate {

    /** The ArchiMate terms' namespace. */
    public static final String NS = "https://w3id.org/design-registry/archimate#";

    /** Returns the namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /**
     * The element types of ArchiMate 3.1 in the order of the exchange format's schema, as its
     * {@code xsi:type} names them; each is the local name of a class of this vocabulary.
     */
    public static final List<String> ELEMENT_TYPES =
            List.of(
                    "BusinessActor",
                    "BusinessRole",
                    "BusinessCollaboration",
                    "BusinessInterface",
                    "BusinessProcess",
                    "BusinessFunction",
                    "BusinessInteraction",
                    "BusinessEvent",
                    "BusinessService",
                    "BusinessObject",
                    "Contract",
                    "Representation",
                    "Product",
                    "ApplicationComponent",
                    "ApplicationCollaboration",
                    "ApplicationInterface",
                    "ApplicationFunction",
                    "ApplicationInteraction",
                    "ApplicationProcess",
                    "ApplicationEvent",
                    "ApplicationService",
                    "DataObject",
                    "Node",
                    "Device",
                    "SystemSoftware",
                    "TechnologyCollaboration",
                    "TechnologyInterface",
                    "Path",
                    "CommunicationNetwork",
                    "TechnologyFunction",
                    "TechnologyProcess",
                    "TechnologyInteraction",
                    "TechnologyEvent",
                    "TechnologyService",
                    "Artifact",
                    "Equipment",
                    "Facility",
                    "DistributionNetwork",
                    "Material",
                    "Stakeholder",
                    "Driver",
                    "Assessment",
                    "Goal",
                    "Outcome",
                    "Principle",
                    "Requirement",
                    "Constraint",
                    "Meaning",
                    "Value",
                    "Resource",
                    "Capability",
                    "ValueStream",
                    "CourseOfAction",
                    "WorkPackage",
                    "Deliverable",
                    "ImplementationEvent",
                    "Plateau",
                    "Gap",
                    "Grouping",
                    "Location",
                    "AndJunction",
                    "OrJunction");

    /** The class of every ArchiMate element: {@code archimate:Element}. */
    public static final Resource Element = resource("Element");

    /** Business layer elements ({@code archimate:BusinessElement}). */
    public static final Resource BusinessElement = resource("BusinessElement");

    /** Application layer elements ({@code archimate:ApplicationElement}). */
    public static final Resource ApplicationElement = resource("ApplicationElement");

    /** Technology layer elements ({@code archimate:TechnologyElement}). */
    public static final Resource TechnologyElement = resource("TechnologyElement");

    /** Physical elements ({@code archimate:PhysicalElement}). */
    public static final Resource PhysicalElement = resource("PhysicalElement");

    /** Motivation elements ({@code archimate:MotivationElement}). */
    public static final Resource MotivationElement = resource("MotivationElement");

    /** Strategy elements ({@code archimate:StrategyElement}). */
    public static final Resource StrategyElement = resource("StrategyElement");

    /** Implementation and migration elements ({@code archimate:ImplementationElement}). */
    public static final Resource ImplementationElement = resource("ImplementationElement");

    /** Composite elements ({@code archimate:CompositeElement}). */
    public static final Resource CompositeElement = resource("CompositeElement");

    /** Junctions ({@code archimate:Junction}). */
    public static final Resource Junction = resource("Junction");

    /** Business actor ({@code archimate:BusinessActor}). */
    public static final Resource BusinessActor = resource("BusinessActor");

    /** Business role ({@code archimate:BusinessRole}). */
    public static final Resource BusinessRole = resource("BusinessRole");

    /** Business collaboration ({@code archimate:BusinessCollaboration}). */
    public static final Resource BusinessCollaboration = resource("BusinessCollaboration");

    /** Business interface ({@code archimate:BusinessInterface}). */
    public static final Resource BusinessInterface = resource("BusinessInterface");

    /** Business process ({@code archimate:BusinessProcess}). */
    public static final Resource BusinessProcess = resource("BusinessProcess");

    /** Business function ({@code archimate:BusinessFunction}). */
    public static final Resource BusinessFunction = resource("BusinessFunction");

    /** Business interaction ({@code archimate:BusinessInteraction}). */
    public static final Resource BusinessInteraction = resource("BusinessInteraction");

    /** Business event ({@code archimate:BusinessEvent}). */
    public static final Resource BusinessEvent = resource("BusinessEvent");

    /** Business service ({@code archimate:BusinessService}). */
    public static final Resource BusinessService = resource("BusinessService");

    /** Business object ({@code archimate:BusinessObject}). */
    public static final Resource BusinessObject = resource("BusinessObject");

    /** Contract ({@code archimate:Contract}). */
    public static final Resource Contract = resource("Contract");

    /** Representation ({@code archimate:Representation}). */
    public static final Resource Representation = resource("Representation");

    /** Product ({@code archimate:Product}). */
    public static final Resource Product = resource("Product");

    /** Application component ({@code archimate:ApplicationComponent}). */
    public static final Resource ApplicationComponent = resource("ApplicationComponent");

    /** Application collaboration ({@code archimate:ApplicationCollaboration}). */
    public static final Resource ApplicationCollaboration = resource("ApplicationCollaboration");

    /** Application interface ({@code archimate:ApplicationInterface}). */
    public static final Resource ApplicationInterface = resource("ApplicationInterface");

    /** Application function ({@code archimate:ApplicationFunction}). */
    public static final Resource ApplicationFunction = resource("ApplicationFunction");

    /** Application interaction ({@code archimate:ApplicationInteraction}). */
    public static final Resource ApplicationInteraction = resource("ApplicationInteraction");

    /** Application process ({@code archimate:ApplicationProcess}). */
    public static final Resource ApplicationProcess = resource("ApplicationProcess");

    /** Application event ({@code archimate:ApplicationEvent}). */
    public static final Resource ApplicationEvent = resource("ApplicationEvent");

    /** Application service ({@code archimate:ApplicationService}). */
    public static final Resource ApplicationService = resource("ApplicationService");

    /** Data object ({@code archimate:DataObject}). */
    public static final Resource DataObject = resource("DataObject");

    /** Node ({@code archimate:Node}). */
    public static final Resource Node = resource("Node");

    /** Device ({@code archimate:Device}). */
    public static final Resource Device = resource("Device");

    /** System software ({@code archimate:SystemSoftware}). */
    public static final Resource SystemSoftware = resource("SystemSoftware");

    /** Technology collaboration ({@code archimate:TechnologyCollaboration}). */
    public static final Resource TechnologyCollaboration = resource("TechnologyCollaboration");

    /** Technology interface ({@code archimate:TechnologyInterface}). */
    public static final Resource TechnologyInterface = resource("TechnologyInterface");

    /** Path ({@code archimate:Path}). */
    public static final Resource Path = resource("Path");

    /** Communication network ({@code archimate:CommunicationNetwork}). */
    public static final Resource CommunicationNetwork = resource("CommunicationNetwork");

    /** Technology function ({@code archimate:TechnologyFunction}). */
    public static final Resource TechnologyFunction = resource("TechnologyFunction");

    /** Technology process ({@code archimate:TechnologyProcess}). */
    public static final Resource TechnologyProcess = resource("TechnologyProcess");

    /** Technology interaction ({@code archimate:TechnologyInteraction}). */
    public static final Resource TechnologyInteraction = resource("TechnologyInteraction");

    /** Technology event ({@code archimate:TechnologyEvent}). */
    public static final Resource TechnologyEvent = resource("TechnologyEvent");

    /** Technology service ({@code archimate:TechnologyService}). */
    public static final Resource TechnologyService = resource("TechnologyService");

    /** Artifact ({@code archimate:Artifact}). */
    public static final Resource Artifact = resource("Artifact");

    /** Equipment ({@code archimate:Equipment}). */
    public static final Resource Equipment = resource("Equipment");

    /** Facility ({@code archimate:Facility}). */
    public static final Resource Facility = resource("Facility");

    /** Distribution network ({@code archimate:DistributionNetwork}). */
    public static final Resource DistributionNetwork = resource("DistributionNetwork");

    /** Material ({@code archimate:Material}). */
    public static final Resource Material = resource("Material");

    /** Stakeholder ({@code archimate:Stakeholder}). */
    public static final Resource Stakeholder = resource("Stakeholder");

    /** Driver ({@code archimate:Driver}). */
    public static final Resource Driver = resource("Driver");

    /** Assessment ({@code archimate:Assessment}). */
    public static final Resource Assessment = resource("Assessment");

    /** Goal ({@code archimate:Goal}). */
    public static final Resource Goal = resource("Goal");

    /** Outcome ({@code archimate:Outcome}). */
    public static final Resource Outcome = resource("Outcome");

    /** Principle ({@code archimate:Principle}). */
    public static final Resource Principle = resource("Principle");

    /** Requirement (ArchiMate) ({@code archimate:Requirement}). */
    public static final Resource Requirement = resource("Requirement");

    /** Constraint ({@code archimate:Constraint}). */
    public static final Resource Constraint = resource("Constraint");

    /** Meaning ({@code archimate:Meaning}). */
    public static final Resource Meaning = resource("Meaning");

    /** Value ({@code archimate:Value}). */
    public static final Resource Value = resource("Value");

    /** Resource ({@code archimate:Resource}). */
    public static final Resource Resource = resource("Resource");

    /** Capability ({@code archimate:Capability}). */
    public static final Resource Capability = resource("Capability");

    /** Value stream ({@code archimate:ValueStream}). */
    public static final Resource ValueStream = resource("ValueStream");

    /** Course of action ({@code archimate:CourseOfAction}). */
    public static final Resource CourseOfAction = resource("CourseOfAction");

    /** Work package ({@code archimate:WorkPackage}). */
    public static final Resource WorkPackage = resource("WorkPackage");

    /** Deliverable ({@code archimate:Deliverable}). */
    public static final Resource Deliverable = resource("Deliverable");

    /** Implementation event ({@code archimate:ImplementationEvent}). */
    public static final Resource ImplementationEvent = resource("ImplementationEvent");

    /** Plateau ({@code archimate:Plateau}). */
    public static final Resource Plateau = resource("Plateau");

    /** Gap ({@code archimate:Gap}). */
    public static final Resource Gap = resource("Gap");

    /** Grouping ({@code archimate:Grouping}). */
    public static final Resource Grouping = resource("Grouping");

    /** Location ({@code archimate:Location}). */
    public static final Resource Location = resource("Location");

    /** And junction ({@code archimate:AndJunction}). */
    public static final Resource AndJunction = resource("AndJunction");

    /** Or junction ({@code archimate:OrJunction}). */
    public static final Resource OrJunction = resource("OrJunction");

    /** The model folder of an element. */
    public static final Property folder = property("folder");

    /** A property an element has in its model, as {@code name: value}. */
    public static final Property property = property("property");

    /** The identifier of the model an element was imported from. */
    public static final Property model = property("model");

    /** ArchiMate relation "composed of". */
    public static final Property composedOf = property("composedOf");

    /** ArchiMate relation "composes", the inverse of {@link #composedOf}. */
    public static final Property composes = property("composes");

    /** ArchiMate relation "aggregates". */
    public static final Property aggregates = property("aggregates");

    /** ArchiMate relation "aggregated by", the inverse of {@link #aggregates}. */
    public static final Property aggregatedBy = property("aggregatedBy");

    /** ArchiMate relation "assigned to". */
    public static final Property assignedTo = property("assignedTo");

    /** ArchiMate relation "has assigned", the inverse of {@link #assignedTo}. */
    public static final Property hasAssigned = property("hasAssigned");

    /** ArchiMate relation "realizes". */
    public static final Property realizes = property("realizes");

    /** ArchiMate relation "realized by", the inverse of {@link #realizes}. */
    public static final Property realizedBy = property("realizedBy");

    /** ArchiMate relation "serves". */
    public static final Property serves = property("serves");

    /** ArchiMate relation "served by", the inverse of {@link #serves}. */
    public static final Property servedBy = property("servedBy");

    /** ArchiMate relation "accesses". */
    public static final Property accesses = property("accesses");

    /** ArchiMate relation "accessed by", the inverse of {@link #accesses}. */
    public static final Property accessedBy = property("accessedBy");

    /** ArchiMate relation "reads". */
    public static final Property reads = property("reads");

    /** ArchiMate relation "read by", the inverse of {@link #reads}. */
    public static final Property readBy = property("readBy");

    /** ArchiMate relation "writes". */
    public static final Property writes = property("writes");

    /** ArchiMate relation "written by", the inverse of {@link #writes}. */
    public static final Property writtenBy = property("writtenBy");

    /** ArchiMate relation "reads and writes". */
    public static final Property readsWrites = property("readsWrites");

    /** ArchiMate relation "read and written by", the inverse of {@link #readsWrites}. */
    public static final Property readWrittenBy = property("readWrittenBy");

    /** ArchiMate relation "influences". */
    public static final Property influences = property("influences");

    /** ArchiMate relation "influenced by", the inverse of {@link #influences}. */
    public static final Property influencedBy = property("influencedBy");

    /** ArchiMate relation "triggers". */
    public static final Property triggers = property("triggers");

    /** ArchiMate relation "triggered by", the inverse of {@link #triggers}. */
    public static final Property triggeredBy = property("triggeredBy");

    /** ArchiMate relation "flows to". */
    public static final Property flowsTo = property("flowsTo");

    /** ArchiMate relation "flows from", the inverse of {@link #flowsTo}. */
    public static final Property flowsFrom = property("flowsFrom");

    /** ArchiMate relation "specializes". */
    public static final Property specializes = property("specializes");

    /** ArchiMate relation "specialized by", the inverse of {@link #specializes}. */
    public static final Property specializedBy = property("specializedBy");

    /** ArchiMate relation "associated with". */
    public static final Property associatedWith = property("associatedWith");

    private ArchiMate() {}

    /**
     * Returns the class of an element type, such as {@code archimate:BusinessProcess} for {@code
     * BusinessProcess}.
     *
     * @throws IllegalArgumentException if the name is not one of {@link #ELEMENT_TYPES}
     */
    public static Resource elementClass(String elementType) {
        if (!ELEMENT_TYPES.contains(elementType)) {
            throw new IllegalArgumentException(
                    "Unknown ArchiMate element type '" + elementType + "'");
        }
        return resource(elementType);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
