package org.missionhub.ui.views.mission;

import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.ui.plugins.MissionContributions;

/**
 * The mission a workspace shows and what the person may do with it, as the access guard computed it for
 * this request, with what the organisation's plugins add to it. The UI only offers what {@link #can}
 * allows; the services check again anyway.
 */
record MissionContext(String missionId, MissionAccess access, String ownSlug, String callerName, String callerSubject, MissionContributions plugins) {

  Mission mission() {
    return access.mission();
  }

  /** Allowed, and the mission is not archived (an archived mission is read-only). */
  boolean can(MissionPermission permission) {
    return access.can(permission) && !mission().isArchived();
  }

  boolean isLead() {
    return access.isLead();
  }

  boolean isOrganisationAdmin() {
    return access.organisation().isAdmin();
  }
}
