package org.missionhub.plugin.testing;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.DashboardWidget;
import org.missionhub.api.plugin.ItemAction;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.UiContribution;

/**
 * Starts fine, but every view it contributes throws when created — a mission card, a dashboard widget and
 * an action on decisions (contract 1.3.0): each shows a short message in its place, and the overview, the
 * workspace, the decision log and the other plugins' contributions keep working. Its texts come from its
 * bundle, which its views never reach.
 */
public class BrokenUi extends TestPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return descriptor("broken-ui").build();
  }

  @Override
  public List<UiContribution> ui() {
    LocalizedText title = LocalizedText.of("en", "Broken on purpose");
    return List.of(
        new MissionCard("card", title, 10, null, ThrowingCard.class.getName()),
        new DashboardWidget("widget", title, 10, false, ThrowingWidget.class.getName()),
        new ItemAction("action", title, 10, CoreItem.Kind.DECISION, null, ThrowingAction.class.getName()));
  }

  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/testing/broken-ui");
  }

  /** A card that throws. */
  public static class ThrowingCard extends Div {
    private static final long serialVersionUID = 1L;

    public ThrowingCard(BrokenUi plugin, MissionScope scope) {
      throw new IllegalStateException("card broken on purpose");
    }
  }

  /** A widget that throws. */
  public static class ThrowingWidget extends Div {
    private static final long serialVersionUID = 1L;

    public ThrowingWidget(BrokenUi plugin, OrganisationScope scope) {
      throw new IllegalStateException("widget broken on purpose");
    }
  }

  /** An item action that throws. */
  public static class ThrowingAction extends Div {
    private static final long serialVersionUID = 1L;

    public ThrowingAction(BrokenUi plugin, MissionScope scope, CoreItem item) {
      throw new IllegalStateException("action broken on purpose on " + item.id());
    }
  }
}
