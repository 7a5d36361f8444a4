package eu.regioacademy.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The timers of the scheduled jobs; tests switch them off and call the jobs themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "regio.scheduling.enabled", matchIfMissing = true)
class SchedulingTimers {
}
