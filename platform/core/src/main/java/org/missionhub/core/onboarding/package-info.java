/**
 * Self-service onboarding: anyone with a MissionHub account asks for their organisation to be brought onto
 * the platform; a platform administrator approves (the organisation is created, in MissionHub and in the
 * identity provider, with the requester as its first ORG_ADMIN) or rejects with a reason. The requester is
 * told either way.
 */
package org.missionhub.core.onboarding;
