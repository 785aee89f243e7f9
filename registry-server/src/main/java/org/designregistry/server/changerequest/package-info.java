/**
 * Change requests over HTTP: the JSON API ({@code /api/change-requests}) and the pages ({@code
 * /change-requests}) that raise one with its impact frozen, show its pack, take each item's triage
 * and list what awaits the signed-in person.
 *
 * <ul>
 *   <li>{@code ChangeRequestApiController} :: the API: list ({@code ?awaiting=me}), raise, read,
 *       pack as JSON, Markdown or XLSX, recompute, reassess, triage, changes.
 *   <li>{@code ChangeRequestController} :: the pages: list, raise form, a change request's pack
 *       with triage forms.
 *   <li>{@code ChangeRequestConfiguration}, {@code ChangeRequestProperties} :: the model's {@code
 *       ChangeRequests} from {@code registry.change-requests.*}; {@code Answerers} :: which parties
 *       each user answers for.
 *   <li>{@code ChangeRequestRequest}, {@code TriageRequest} and the {@code *Response} records ::
 *       the API's bodies; {@code ChangeRequestPaths}, {@code PackFiles}, {@code
 *       RaisingConstituency} :: addresses, download names, and the constituency resolved.
 * </ul>
 */
package org.designregistry.server.changerequest;
