package org.missionhub.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a plugin resource method that returns a JAX-RS {@code Response} answers when it succeeds (contract
 * 1.3.0), for the API's OpenAPI document: the body's type and the status. A method returning its body type
 * directly needs no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {

  /** The body's type ({@code String} for a text or file download). */
  Class<?> value();

  /** The status of success: 200, or 201 for a creation. */
  int status() default 200;

  /** Whether the body is a list of {@link #value}. */
  boolean list() default false;
}
