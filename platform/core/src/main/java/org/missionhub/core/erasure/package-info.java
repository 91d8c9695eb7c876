/**
 * Erasing an organisation that leaves MissionHub (a platform administrator's act): its private data goes,
 * its share of co-managed missions is handed over or stays without names, a tombstone remains. Above
 * organisation, mission, discussion, governance and plugin, which it reaches through their repositories.
 */
package org.missionhub.core.erasure;
