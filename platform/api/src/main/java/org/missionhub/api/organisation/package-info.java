/** Value types describing organisations (the tenants of MissionHub) and their members. */
package org.missionhub.api.organisation;
