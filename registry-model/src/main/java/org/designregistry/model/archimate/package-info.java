/**
 * ArchiMate models in and out: The Open Group's Model Exchange File Format (ArchiMate 3.x) read
 * into import plans, and the registry's ArchiMate elements written back out.
 *
 * <p>Element types map to classes of the ontology's ArchiMate terms ({@code archimate:}, named as
 * the format's {@code xsi:type}); the registry reads business processes, interfaces, business and
 * data objects, events and requirements as its own kinds, and the rest as the kind {@code element}.
 * Relationship types map to relations (one per access type), whose change propagation the ontology
 * states and argues. Relationships are kept as links between elements: their own identifiers, names
 * and documentation are not kept, and an export gives each an identifier made from its ends and
 * type.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.archimate.ArchiMateExchange} :: the front door: read, plan,
 *       export.
 *   <li>{@link org.designregistry.model.archimate.ExchangeModel} :: a model's elements and
 *       relationships; {@link org.designregistry.model.archimate.ArchiMateExport} :: which part of
 *       the registry an export holds; {@link
 *       org.designregistry.model.archimate.ArchiMateFormatException} :: a file that cannot be read.
 *   <li>{@code ExchangeReader} (with {@code XmlCursor}, {@code PendingElement}, {@code
 *       BoundedInput}) :: safe streaming parse; {@code ExchangeWriter} :: writes the XML; {@code
 *       ModelPlans} :: model to import plan; {@code GraphModel} :: registry graph to model; {@code
 *       RelationshipTypes} :: relationship types to relations and back; {@code PropertyText} :: a
 *       property as text.
 * </ul>
 */
package org.designregistry.model.archimate;
