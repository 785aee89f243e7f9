/**
 * Editing a resource from its page: a form drawn from the SHACL shapes that apply to it, for users
 * with the editor role. Saving replaces what the resource states by what the form holds, through
 * the model's {@code Resources}, so the shapes, the decision rights and the version check apply as
 * for every other write; a refused save shows each reason beside the field it concerns.
 *
 * <ul>
 *   <li>{@code EditController} :: {@code GET/POST /resource/{kind}/{identifier}/edit}.
 *   <li>{@code EditPages} :: the form's rows for a stored resource, and the page for a form, with a
 *       refused save's reasons placed beside their fields.
 *   <li>{@link org.designregistry.server.edit.EditPage} :: what the page shows.
 *   <li>{@link org.designregistry.server.edit.EditForm}, {@link
 *       org.designregistry.server.edit.EditRow} :: the form as posted.
 *   <li>{@code EditSubmission} :: the draft a form makes, and the rows that cannot be saved (link
 *       targets the registry does not hold, values that do not fit their datatype).
 * </ul>
 */
package org.designregistry.server.edit;
