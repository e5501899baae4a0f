package org.baclo.diary;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled alert re-evaluation unless {@code baclo.followup.schedule=false}
 * (tests call it).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "baclo.followup.schedule", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {

}
