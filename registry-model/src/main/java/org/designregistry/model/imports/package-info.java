/**
 * Imports from any source format, in three steps that every format shares: a reader turns the
 * source into an {@link org.designregistry.model.imports.ImportPlan} (the resources it states,
 * keyed by kind and identifier, with the values of the properties and the links it holds, and the
 * problems it met, each with its {@link org.designregistry.model.imports.Location}); {@link
 * org.designregistry.model.imports.Imports#preview} compares the plan with the registry as it is
 * and reports, per resource, created, updated (property by property, old to new), unchanged,
 * removed or refused with located reasons; {@link org.designregistry.model.imports.Imports#commit}
 * stores all of it or nothing, through the checked write path ({@code edit.ValidatedWrites}: SHACL
 * shapes, decision rights, term limits), as one change in the history whose message names the
 * source.
 *
 * <p>A source owns the properties and relations it names for the resources it states: an import
 * sets those to its values and leaves everything else as it is, so that importing what an export
 * wrote changes nothing. Links name their targets by kind and identifier or label; a target may be
 * stored or stated by the same plan.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.imports.Imports} :: the front door: preview, commit.
 *   <li>{@link org.designregistry.model.imports.ImportPlan}, {@link
 *       org.designregistry.model.imports.PlannedResource}, {@link
 *       org.designregistry.model.imports.LinkTarget}, {@link
 *       org.designregistry.model.imports.Location} :: what a reader makes.
 *   <li>{@link org.designregistry.model.imports.ImportPreview}, {@link
 *       org.designregistry.model.imports.ItemPreview}, {@link
 *       org.designregistry.model.imports.Refusal}, {@link
 *       org.designregistry.model.imports.ImportRefusedException} :: what callers see.
 *   <li>{@code PlanDiff} :: compares a plan with the registry graph; {@code Targets} :: finds
 *       resources by kind and identifier or label; {@code Located} :: places refusals on rows and
 *       cells; {@code ValueText} :: writes values for people; {@code ShapeChecked} :: names the
 *       graph a preview validated, so that the commit of the same changes onto the same registry is
 *       not validated again.
 * </ul>
 */
package org.designregistry.model.imports;
