package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.core.mission.domain.HealthCheck;
import org.missionhub.core.mission.domain.MissionHealth;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.ui.components.Badges;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.i18n.Translations;
import org.missionhub.ui.plugins.ContributedPanel;
import org.missionhub.ui.plugins.PluginViews;

/**
 * The charter (read, or edit for those who may), the health check (what is missing and why it matters)
 * and the cards of the organisation's plugins. The lead's leaders archive and restore the mission here.
 */
class OverviewTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final MissionContext context;
  private final transient MissionServices services;
  private final Runnable changed;
  private boolean editing;

  OverviewTab(MissionContext context, MissionServices services, Runnable changed) {
    this.context = context;
    this.services = services;
    this.changed = changed;
    setPadding(false);
    showCharter();
  }

  /**
   * Shown again after the person worked in another tab: the health check and the plugins' cards follow what
   * changed there (a plan approved, an indicator reported), unless the charter is being edited.
   */
  void refresh() {
    if (!editing) {
      showCharter();
    }
  }

  private void showCharter() {
    editing = false;
    removeAll();
    add(new CharterSummary(context.mission()));
    HorizontalLayout actions = new HorizontalLayout();
    if (context.can(MissionPermission.EDIT_CHARTER)) {
      Button edit = new Button(getTranslation("charter.edit"), click -> editCharter());
      edit.setId("edit-charter");
      actions.add(edit);
    }
    if (context.access().can(MissionPermission.ARCHIVE) && context.isLead()) {
      boolean archived = context.mission().isArchived();
      Button archive =
          new Button(
              getTranslation(archived ? "mission.restore" : "mission.archive"),
              click -> {
                long version = context.mission().version();
                if (Feedback.attempt(
                    () -> {
                      if (archived) {
                        services.missions().restore(context.missionId(), version);
                      } else {
                        services.missions().archive(context.missionId(), version);
                      }
                    })) {
                  changed.run();
                }
              });
      archive.setId(archived ? "restore-mission" : "archive-mission");
      archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      actions.add(archive);
    }
    add(actions, health());
    pluginCards();
    H3 discussion = new H3(getTranslation("discussion.title"));
    discussion.setId("discussion-title");
    add(discussion, new DiscussionPanel(context, services, "MISSION", "discussion-mission"));
  }

  /** The cards of the organisation's plugins (contract 1.3.0), side by side below the health check. */
  private void pluginCards() {
    var cards = context.plugins().cards();
    if (cards.isEmpty()) {
      return;
    }
    FlexLayout row = new FlexLayout();
    row.setId("mission-cards");
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "var(--lumo-space-m)");
    row.setWidthFull();
    for (var card : cards) {
      String id = "card-plugin-" + card.plugin().id() + "-" + card.contribution().id();
      row.add(
          new ContributedPanel(
              id,
              card.contribution().title().in(getLocale()),
              PluginViews.create(card.plugin(), card.contribution().viewClass(), card.scope(), MissionScope.class, getTranslation("plugins.viewFailed"))));
    }
    add(row);
  }

  private void editCharter() {
    editing = true;
    removeAll();
    add(new CharterForm(context, services, this::showCharter, changed));
  }

  private VerticalLayout health() {
    MissionHealth health = services.missions().health(context.missionId());
    VerticalLayout section = new VerticalLayout();
    section.setId("mission-health");
    section.setPadding(false);
    HorizontalLayout heading = new HorizontalLayout(
        new H3(getTranslation("health.title")),
        Badges.health(health.status(), getTranslation("health." + health.status().name())));
    heading.setAlignItems(Alignment.BASELINE);
    UnorderedList checks = new UnorderedList();
    checks.addClassName("health-checks");
    for (HealthCheck check : health.checks()) {
      ListItem item = new ListItem();
      item.setId("health-" + check.id());
      Span state = Badges.of(getTranslation(check.passed() ? "health.check.passed" : "health.check.missing"), check.passed() ? "success" : "error");
      Span title = new Span(" " + text(check.id(), "title" + (check.passed() ? "" : ".missing"), check.title(getLocale())));
      title.getStyle().set("font-weight", "600");
      item.add(state, title);
      if (!check.passed()) {
        item.add(new Paragraph(text(check.id(), "why", check.whyItMatters(getLocale()))));
      }
      checks.add(item);
    }
    section.add(heading, checks);
    return section;
  }

  /**
   * A check's text in the reader's language if MissionHub knows the check; else the text it came with (a
   * plugin's check brings its own translations).
   */
  private String text(String checkId, String part, String fallback) {
    return Translations.find("healthcheck." + checkId + "." + part, getLocale()).orElse(fallback);
  }
}
