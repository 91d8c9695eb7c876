package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;
import org.missionhub.core.activity.application.ActivityItem;
import org.missionhub.core.activity.application.MissionActivity;
import org.missionhub.ui.components.ActivityFeed;

/**
 * What changed in the mission, by whom, across its organisations, newest first (issue 17): the mission's people see
 * what the others did without asking. A page at a time ("Show older"); the attributes changed are named, never their
 * values.
 */
final class ActivityTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  ActivityTab(MissionContext context, MissionServices services) {
    setPadding(false);
    add(new Paragraph(getTranslation("activity.help")));
    add(new ActivityFeed<ActivityItem>("activity", (before, size, action) -> {
      MissionActivity.Page page = services.activity().list(context.missionId(), before, size, action);
      return new ActivityFeed.Page<>(page.items(), page.next());
    }, Function.identity(), grid -> {}));
  }
}
