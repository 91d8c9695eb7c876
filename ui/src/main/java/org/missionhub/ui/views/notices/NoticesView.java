package org.missionhub.ui.views.notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.missionhub.core.notice.Notice;
import org.missionhub.core.notice.NoticeService;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.settings.MailSettingsView;

/**
 * The person's notices, newest first: mentions in a discussion, invitations, a plugin's reminders. Unread ones are
 * in bold; opening one's link marks it read; "Mark all read" empties the bell.
 */
@Route(value = NoticesView.ROUTE, layout = MainLayout.class)
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public static final String ROUTE = "notices";

  private final transient NoticeService notices;
  private final Grid<Notice> grid = new Grid<>();

  @Inject
  public NoticesView(NoticeService notices) {
    this.notices = notices;
    H2 title = new H2(getTranslation("notices.title"));
    Button readAll = new Button(getTranslation("notices.readAll"), click -> {
      if (Feedback.attempt(notices::markAllRead)) {
        getUI().ifPresent(ui -> ui.getPage().reload());
      }
    });
    readAll.setId("notices-read-all");
    readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Button settings = new Button(getTranslation("notices.settings"), click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(MailSettingsView.class)));
    settings.setId("notices-mail-settings");
    settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout heading = new HorizontalLayout(title, readAll, settings);
    heading.setAlignItems(Alignment.BASELINE);
    grid.setId("notices");
    grid.addColumn(n -> Formats.dateTime(n.createdAt(), getLocale())).setHeader(getTranslation("notices.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(this::message).setHeader(getTranslation("notices.message")).setFlexGrow(1);
    grid.addComponentColumn(this::read).setHeader("").setAutoWidth(true).setFlexGrow(0);
    PagedGrid.bind(grid, page -> notices.mine(false, page), new org.missionhub.core.shared.PageRequest.SortOrder("createdAt", true));
    add(heading, grid);
    setSizeFull();
  }

  /** The message; one with a link opens its page, marking the notice read on the way. */
  private Span message(Notice n) {
    Span text = new Span(n.message());
    text.getStyle().set("white-space", "normal").set("font-weight", n.readAt() == null ? "600" : "normal");
    n.link().ifPresent(link -> {
      text.addClassName("notice-link");
      text.getElement().setAttribute("role", "link").setAttribute("tabindex", "0");
      text.getStyle().set("color", "var(--lumo-primary-text-color)").set("cursor", "pointer");
      text.addClickListener(click -> open(n, link));
      com.vaadin.flow.component.Shortcuts.addShortcutListener(text, () -> open(n, link), com.vaadin.flow.component.Key.ENTER).listenOn(text);
    });
    return text;
  }

  private void open(Notice n, String link) {
    if (Feedback.attempt(() -> notices.markRead(n.id()))) {
      getUI().ifPresent(ui -> ui.navigate(link));
    }
  }

  private Button read(Notice n) {
    Button read = new Button(getTranslation("notices.markRead"), click -> {
      if (Feedback.attempt(() -> notices.markRead(n.id()))) {
        grid.getDataProvider().refreshAll();
      }
    });
    read.setId("notice-read-" + n.id());
    read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    read.setVisible(n.readAt() == null);
    return read;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notices.title") + " · " + getTranslation("app.name");
  }
}
