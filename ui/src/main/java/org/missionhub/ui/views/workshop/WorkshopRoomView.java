package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.application.WorkshopState;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.ui.components.Badges;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.live.LiveMissions;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.mission.MissionView;
import org.missionhub.ui.views.workspace.WorkspaceView;

/**
 * A peer-exchange workshop's room (issue 17), a mission's ({@link WorkshopView}) or a cross-organisation one the
 * platform hosts ({@link CrossOrganisationWorkshopView}); one class each, for CDI resolves a view by its class: its prompts and notes, the facilitator's controls to move it through
 * silent posting, reveal, breakout groups, dot voting and its close, the groups, and the summary. Live over Push:
 * whatever anyone does redraws everyone's page (what they are typing stays), and each sees who else is in the room.
 */
public abstract class WorkshopRoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient WorkshopService workshops;
  private final transient WorkshopBoard board;
  private final transient WorkshopResults results;
  private final transient LiveMissions live;
  private final NoteDrafts drafts = new NoteDrafts();
  private final Span presence = new Span();
  private transient Registration watching;
  private String viewer;
  private WorkshopHost host;
  private String workshopId;
  private String pageTitle = "";

  protected WorkshopRoomView(CurrentUser user, WorkshopService workshops, WorkshopBoard board, WorkshopResults results, LiveMissions live) {
    this.user = user;
    this.workshops = workshops;
    this.board = board;
    this.results = results;
    this.live = live;
    presence.setId("workshop-presence");
    presence.getStyle().set("color", "var(--lumo-secondary-text-color)");
    setMaxWidth("80rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    host = event.getRouteParameters().get("missionId").map(WorkshopHost::mission).orElse(WorkshopHost.PLATFORM);
    boolean analyst = host == WorkshopHost.PLATFORM && user.hasPlatformRole("BENCHMARK_ANALYST");
    if (!user.signedIn() || (user.organisation().isEmpty() && !analyst)) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    workshopId = event.getRouteParameters().get("workshopId").orElse("");
    if (render()) {
      watch(event.getUI());
    }
  }

  private void watch(UI ui) {
    stopWatching();
    var me = user.caller();
    viewer = me.subject();
    watching = live.watchWorkshop(workshopId, ui, new LiveMissions.Viewer(me.subject(), me.displayName()), me,
        user.organisation().map(o -> o.slug()).orElse(null), this::render, this::showPresence);
    showPresence();
  }

  private void showPresence() {
    List<LiveMissions.Viewer> others = live.othersInWorkshop(workshopId, viewer);
    presence.setText(others.isEmpty() ? "" : getTranslation("workshop.presence", others.stream().map(LiveMissions.Viewer::name).collect(Collectors.joining(", "))));
  }

  /** Reads the workshop again and draws it; false if the person may not see it. */
  private boolean render() {
    WorkshopPage page;
    try {
      WorkshopState state = workshops.state(host, workshopId);
      page = new WorkshopPage(host, state, board.notes(host, workshopId), board, results, this::render);
    } catch (ApplicationException e) {
      if (e.kind() != ProblemKind.NOT_FOUND) {
        throw e;
      }
      notFound();
      return false;
    }
    removeAll();
    pageTitle = page.workshop().title();
    add(header(page));
    if (page.state().canFacilitate()) {
      add(facilitation(page));
    }
    add(new NotesBoard(page, drafts));
    if (page.workshop().phase().hasGroups()) {
      add(new GroupsPanel(page, viewer));
    }
    if (page.workshop().phase() == WorkshopPhase.CLOSED) {
      add(new SummaryPanel(page));
    }
    return true;
  }

  private VerticalLayout header(WorkshopPage page) {
    var workshop = page.workshop();
    H2 title = new H2(workshop.title());
    title.setId("workshop-heading");
    Span phase = Badges.of(getTranslation("workshopPhase." + workshop.phase().name()), "");
    phase.setId("workshop-phase");
    HorizontalLayout badges = new HorizontalLayout(phase);
    if (workshop.anonymous()) {
      badges.add(Badges.of(getTranslation("workshop.anonymous"), "contrast"));
    }
    badges.setAlignItems(FlexComponent.Alignment.CENTER);
    var state = page.state();
    Paragraph progress = new Paragraph(getTranslation("workshop.progress", state.notes(), state.participants(), state.organisations()));
    progress.setId("workshop-progress");
    Paragraph help = new Paragraph(getTranslation("workshop.help." + workshop.phase().name()));
    help.setId("workshop-help");
    RouterLink back = workshop.mission()
        .map(mission -> new RouterLink(getTranslation("workshop.backToMission", mission.title()), MissionView.class,
            new RouteParameters("missionId", mission.id().toString())))
        .orElseGet(() -> new RouterLink(getTranslation("workshop.backToWorkshops"), WorkshopsView.class));
    VerticalLayout header = new VerticalLayout(back, title, badges, progress, help, presence);
    if (!state.invited().isEmpty()) {
      Paragraph invited = new Paragraph(getTranslation("workshop.invited", String.join(", ", state.invited())));
      invited.setId("workshop-invited");
      header.add(invited);
    }
    if (state.canTakePart() && !state.joined() && workshop.phase() != WorkshopPhase.DRAFT && workshop.phase().acceptsParticipants()) {
      // posting and voting join too; joining without a note puts the person in a breakout group
      Button join = new Button(getTranslation("workshop.join"), click -> {
        if (Feedback.attempt(() -> board.join(host, workshopId))) {
          render();
        }
      });
      join.setId("workshop-join");
      header.add(join);
    }
    if (state.myGroup().isPresent() || workshop.phase() == WorkshopPhase.VOTING) {
      String mine = state.myGroup().map(g -> getTranslation("workshop.myGroup", g)).orElse("")
          + (workshop.phase() == WorkshopPhase.VOTING && state.canTakePart() ? " " + getTranslation("workshop.dotsLeft", state.dotsLeft()) : "");
      Paragraph me = new Paragraph(mine.strip());
      me.setId("workshop-me");
      header.add(me);
    }
    header.setPadding(false);
    header.setSpacing(false);
    return header;
  }

  /** The facilitator's next step (and, after the reveal, the way to skip the groups). */
  private HorizontalLayout facilitation(WorkshopPage page) {
    HorizontalLayout bar = new HorizontalLayout();
    bar.setId("workshop-facilitation");
    WorkshopPhase phase = page.workshop().phase();
    for (WorkshopPhase target : WorkshopPhase.values()) {
      if (phase.canMoveTo(target)) {
        Button move = new Button(getTranslation("workshop.moveTo." + target.name()), click -> {
          if (Feedback.attempt(() -> workshops.moveTo(host, workshopId, page.workshop().version(), target))) {
            render();
          }
        });
        move.setId("workshop-to-" + target.name().toLowerCase(java.util.Locale.ROOT));
        if (target.ordinal() == phase.ordinal() + 1) {
          move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        bar.add(move);
      }
    }
    return bar;
  }

  private void notFound() {
    removeAll();
    pageTitle = getTranslation("workshop.notFound.title");
    Paragraph message = new Paragraph(getTranslation("workshop.notFound"));
    message.setId("workshop-not-found");
    add(new H2(pageTitle), message, new RouterLink(getTranslation("mission.backToWorkspace"), WorkspaceView.class));
  }

  private void stopWatching() {
    if (watching != null) {
      watching.remove();
      watching = null;
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
    super.onDetach(detach);
  }

  @Override
  public String getPageTitle() {
    return pageTitle + " · " + getTranslation("app.name");
  }
}
