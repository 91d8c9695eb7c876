package org.missionhub.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a plugin's resource method whose work grows with the data (results over all responses, cross-tabs,
 * exports, imports). MissionHub runs only a few such calls at once across all plugins (a bulkhead,
 * {@code missionhub.expensive.concurrent}, twice the processors by default); one more is answered at once
 * with 503 problem details and {@code Retry-After} instead of queueing behind the others, so that a burst of
 * exports cannot take every request thread and database connection. Like every statement, the call's
 * statements are stopped at the data source's statement timeout. Since contract 1.3.0.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Expensive {}
