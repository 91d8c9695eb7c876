package org.missionhub.ui.views.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.grid.GridVariant;
import jakarta.inject.Inject;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.application.PluginCatalogue;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.erasure.application.OrganisationErasureService;
import org.missionhub.core.onboarding.application.OnboardingService;
import org.missionhub.core.onboarding.application.Rejection;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.missionhub.core.organisation.application.PlatformOrganisationService;
import org.missionhub.core.organisation.application.StatusChange;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Badges;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.workspace.WorkspaceView;

/** A platform administrator's page: onboarding requests to decide, organisations to suspend, reactivate or erase. */
@Route(value = "platform", layout = MainLayout.class)
public class PlatformView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient OnboardingService onboarding;
  private final transient PlatformOrganisationService organisations;
  private final transient PluginCatalogue plugins;
  private final transient OrganisationErasureService erasure;

  @Inject
  public PlatformView(
      CurrentUser user, OnboardingService onboarding, PlatformOrganisationService organisations, PluginCatalogue plugins, OrganisationErasureService erasure) {
    this.user = user;
    this.onboarding = onboarding;
    this.organisations = organisations;
    this.plugins = plugins;
    this.erasure = erasure;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn() || !user.isPlatformAdmin()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("platform.title")), new H3(getTranslation("platform.requests")));
    var pending = onboarding.all(Optional.of(OnboardingRequest.Status.PENDING), PageRequest.first(100)).items();
    if (pending.isEmpty()) {
      add(new Paragraph(getTranslation("platform.noRequests")));
    } else {
      Grid<OnboardingRequest> requests = new Grid<>();
      requests.setId("onboarding-requests");
      requests.addColumn(r -> r.organisationName() + " (" + r.slug() + ")").setHeader(getTranslation("platform.column.organisation"));
      requests.addColumn(r -> getTranslation("orgtype." + r.type().name()) + ", " + r.country()).setHeader(getTranslation("onboarding.type"));
      requests.addColumn(r -> r.requesterName() + " <" + r.contactEmail() + ">").setHeader(getTranslation("platform.column.requester"));
      requests.addColumn(OnboardingRequest::reason).setHeader(getTranslation("platform.column.reason")).setFlexGrow(2);
      requests.addComponentColumn(this::decisionButtons);
      requests.setItems(pending);
      requests.setAllRowsVisible(true);
      add(requests);
    }
    Grid<Organisation> organisationGrid = organisationGrid();
    TextField find = new TextField();
    find.setId("organisation-filter");
    find.setPlaceholder(getTranslation("platform.findOrganisation"));
    find.setAriaLabel(getTranslation("platform.findOrganisation"));
    find.setClearButtonVisible(true);
    find.setValueChangeMode(ValueChangeMode.LAZY);
    find.addValueChangeListener(change -> organisationGrid.setItems(organisations(change.getValue())));
    add(new H3(getTranslation("platform.organisations")), find, organisationGrid);
    add(new H3(getTranslation("platform.plugins")), pluginGrid());
  }

  private HorizontalLayout decisionButtons(OnboardingRequest request) {
    Button approve =
        new Button(
            getTranslation("platform.approve"),
            click ->
                act(
                    () -> {
                      onboarding.approve(request.id(), request.version());
                      Feedback.success(getTranslation("platform.approved", request.organisationName()));
                    }));
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    approve.setId("approve-" + request.slug());
    Button reject = new Button(getTranslation("platform.reject"), click -> openRejection(request));
    reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(approve, reject);
  }

  /** Every plugin found, whether it runs, and why not. */
  private Grid<LoadedPlugin> pluginGrid() {
    Grid<LoadedPlugin> grid = new Grid<>();
    grid.setId("platform-plugins");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(LoadedPlugin::id).setHeader(getTranslation("plugins.id"));
    grid.addColumn(p -> p.descriptor().map(d -> d.name().in(getLocale())).orElse("")).setHeader(getTranslation("plugins.name"));
    grid.addColumn(p -> p.descriptor().map(d -> d.version().toString()).orElse("")).setHeader(getTranslation("plugins.version"));
    grid.addComponentColumn(
            p -> Badges.of(getTranslation("pluginState." + p.state().name()), p.isActive() ? "success" : "error"))
        .setHeader(getTranslation("plugins.state"));
    grid.addColumn(p -> p.problem().orElse("")).setHeader(getTranslation("plugins.problem")).setFlexGrow(3);
    grid.addColumn(LoadedPlugin::source).setHeader(getTranslation("plugins.source")).setFlexGrow(2);
    grid.setItems(plugins.all());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private void openRejection(OnboardingRequest request) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("platform.reject") + ": " + request.organisationName());
    TextArea reason = new TextArea(getTranslation("platform.rejectReason"));
    reason.setWidthFull();
    Button confirm =
        new Button(
            getTranslation("platform.reject"),
            click -> {
              try {
                onboarding.reject(request.id(), request.version(), new Rejection(reason.getValue()));
                Feedback.success(getTranslation("platform.rejected"));
                dialog.close();
                render();
              } catch (ConstraintViolationException e) {
                reason.setErrorMessage(e.getConstraintViolations().iterator().next().getMessage());
                reason.setInvalid(true);
              } catch (ApplicationException e) {
                Feedback.failure(e);
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.add(reason);
    dialog.getFooter().add(new Button(getTranslation("members.cancel"), click -> dialog.close()), confirm);
    dialog.open();
  }

  private Grid<Organisation> organisationGrid() {
    Grid<Organisation> grid = new Grid<>();
    grid.setId("organisations");
    grid.addColumn(o -> o.name() + " (" + o.slug() + ")").setHeader(getTranslation("platform.column.organisation"));
    grid.addColumn(o -> getTranslation("orgtype." + o.type().name())).setHeader(getTranslation("onboarding.type"));
    grid.addColumn(o -> getTranslation("status." + o.status().name())).setHeader(getTranslation("platform.column.status"));
    grid.addComponentColumn(this::organisationActions);
    grid.setItems(organisations(""));
    grid.setAllRowsVisible(true);
    return grid;
  }

  /** Suspend an active organisation; reactivate or erase a suspended one; nothing for an erased one. */
  private HorizontalLayout organisationActions(Organisation o) {
    HorizontalLayout actions = new HorizontalLayout();
    if (o.status() == OrganisationStatus.ERASED || o.status() == OrganisationStatus.PENDING) {
      return actions;
    }
    boolean active = o.status() == OrganisationStatus.ACTIVE;
    Button toggle =
        new Button(
            getTranslation(active ? "platform.suspend" : "platform.reactivate"),
            click ->
                act(
                    () ->
                        organisations.changeStatus(
                            o.slug(), o.version(), new StatusChange(active ? OrganisationStatus.SUSPENDED : OrganisationStatus.ACTIVE))));
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
    actions.add(toggle);
    if (!active) {
      Button erase = new Button(getTranslation("platform.erase"), click -> Feedback.attempt(() -> new ErasureDialog(erasure, o.slug(), this::render).open()));
      erase.setId("erase-" + o.slug());
      erase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(erase);
    }
    return actions;
  }

  /** The first hundred organisations by name whose name or slug contains the text. */
  private List<Organisation> organisations(String text) {
    return organisations.list(Optional.empty(), Optional.ofNullable(text), PageRequest.first(100, new PageRequest.SortOrder("name", false))).items();
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (ApplicationException | ConstraintViolationException e) {
      Feedback.failure(e);
    }
    render();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("platform.title") + " · " + getTranslation("app.name");
  }
}
