package org.designregistry.server.changerequest;

/**
 * One impacted item's triage.
 *
 * @param item the item's identifier or IRI
 * @param verdict {@code impacted}, {@code not-impacted} or {@code needs-analysis}
 * @param comment why; optional
 */
public record TriageRequest(String item, String verdict, String comment) {}
