/**
 * HTTP glue shared by every REST resource: the JAX-RS application, RFC 9457 problem responses and the
 * exception mappers that produce them, ETag / If-Match handling, pagination and JSON-B settings.
 */
package org.missionhub.core.web;
