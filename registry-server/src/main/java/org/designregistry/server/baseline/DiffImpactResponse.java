package org.designregistry.server.baseline;

import org.designregistry.server.impact.ImpactResponse;

/**
 * A comparison with what its changes touch.
 *
 * @param diff the comparison, as {@code GET /api/baselines/{a}/diff/{b}} gives it
 * @param impact the impact report from the resources added or changed that the registry still
 *     describes, as {@code GET /api/impact} gives it; null when there are none
 */
record DiffImpactResponse(DiffResponse diff, ImpactResponse impact) {}
