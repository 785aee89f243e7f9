package org.designregistry.server.governance;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code registry.governance.*} properties: the rule decisions are published by.
 *
 * @param bankHolidays a CSV file ({@code date,title}) of bank holidays added to the England and
 *     Wales dates the registry ships (2021 to 2030), for later years or one-off holidays; null
 *     (unset) by default
 * @param publicationWorkingDays working days after its meeting by which a decision is published
 *     (default 10, the DAG's terms of reference)
 * @param dueSoonWorkingDays how many working days before its due date a decision is reported as due
 *     soon (default 3)
 */
@ConfigurationProperties("registry.governance")
record GovernanceProperties(
        Path bankHolidays,
        @DefaultValue("10") int publicationWorkingDays,
        @DefaultValue("3") int dueSoonWorkingDays) {}
