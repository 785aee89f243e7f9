/**
 * Browsing pages: lists of resources by kind with filters and paging, and a page per resource with
 * its properties, its links in both directions and the decisions about it. They read the registry
 * through {@link org.designregistry.model.browse.RegistryBrowser}.
 *
 * <ul>
 *   <li>{@code BrowseController} :: {@code /browse}, {@code /browse/{kind}} ({@code
 *       templates/browse/list.html}).
 *   <li>{@code ResourceController} :: {@code /resource/{kind}/{identifier}}, {@code
 *       /resource/{identifier}}, {@code /resource?iri=} ({@code templates/browse/resource.html},
 *       {@code choose.html}).
 *   <li>{@link org.designregistry.server.browse.BrowseConfiguration} :: the {@code RegistryBrowser}
 *       bean.
 * </ul>
 */
package org.designregistry.server.browse;
