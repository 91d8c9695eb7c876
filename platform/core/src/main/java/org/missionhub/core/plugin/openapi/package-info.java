/**
 * The plugins' endpoints in the API's OpenAPI document (contract 1.3.0): their resource classes' JAX-RS
 * annotations read by reflection ({@link org.missionhub.core.plugin.openapi.ResourceScanner}), turned into
 * paths and JSON schemas by an OpenAPI filter. Plugin resources are sub-resource locators returning
 * {@code Object}, which the OpenAPI runtime's own scan cannot follow.
 */
package org.missionhub.core.plugin.openapi;
