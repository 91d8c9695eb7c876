/**
 * Missions, the organisations co-managing them (partners), the people working on them (mission roles),
 * their health, and the one access check every mission-scoped service uses ({@link
 * org.missionhub.core.mission.application.MissionAccessGuard}).
 */
package org.missionhub.core.mission;
