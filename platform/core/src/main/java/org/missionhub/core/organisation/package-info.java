/**
 * Organisations (the tenants), the people in them and their memberships.
 *
 * <p>{@code domain} holds the aggregates, {@code persistence} their repositories, {@code application} the
 * services the REST API and the UI call, {@code rest} the JAX-RS resources and their JSON shapes.
 */
package org.missionhub.core.organisation;
