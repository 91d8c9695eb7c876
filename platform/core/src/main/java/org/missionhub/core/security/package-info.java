/**
 * Who is calling and in which organisation: the verified token becomes a {@link
 * org.missionhub.core.security.Caller}; the organisation in the path becomes the request's {@link
 * org.missionhub.core.security.OrganisationContext} only if the token lists it AND the database holds the
 * caller's membership. Mission permissions are decided by {@link
 * org.missionhub.core.security.PermissionMatrix} through the mission access guard.
 */
package org.missionhub.core.security;
