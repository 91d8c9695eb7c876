package org.missionhub.api.event;

import org.missionhub.api.mission.MissionId;

/** An event about one mission (contract 1.3.0), for listeners that keep data per mission. */
public interface MissionEvent extends DomainEvent {

  MissionId missionId();
}
