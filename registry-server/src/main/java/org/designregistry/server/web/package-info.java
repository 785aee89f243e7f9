/**
 * The HTML pages' shared parts: the layout and GOV.UK Frontend assets, links between pages, the
 * error page, and the home page. Features add their pages in their own packages (such as {@code
 * browse}) and their entries in {@code templates/fragments/layout.html}'s navigation.
 *
 * <ul>
 *   <li>{@code HomeController} :: {@code /}: counts by kind, workstream and status; validation
 *       health by shape; the latest decisions.
 *   <li>{@link org.designregistry.server.web.PageLinks} ({@code #pages} in templates, through
 *       {@code PagesDialect}) :: the address of every page; the URL scheme is in its javadoc.
 *   <li>{@link org.designregistry.server.web.Pagination} :: the links of the pagination component.
 *   <li>{@code PageErrors} :: errors of the page controllers as the error page, with a message.
 *   <li>{@code WebConfiguration}, {@code FontlessResolver}, {@code FallbackFontCss} :: serve GOV.UK
 *       Frontend from its webjar, without the GDS Transport font.
 * </ul>
 */
package org.designregistry.server.web;
