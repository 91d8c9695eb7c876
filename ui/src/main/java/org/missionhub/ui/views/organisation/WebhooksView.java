package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.webhook.application.WebhookService;
import org.missionhub.core.webhook.domain.DeliveryStatus;
import org.missionhub.core.webhook.domain.WebhookDelivery;
import org.missionhub.core.webhook.domain.WebhookEndpoint;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * The organisation's webhook endpoints for its administrators (issue 17): register one (where, which events), see
 * whether it is on and why not, its signing secret, its deliveries with the status codes its server answered,
 * redeliver one, switch it off and on, remove it.
 */
@Route(value = "organisation/webhooks", layout = MainLayout.class)
public class WebhooksView extends OrganisationAdminView implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient WebhookService webhooks;

  @Inject
  public WebhooksView(CurrentUser user, WebhookService webhooks) {
    super(user);
    this.webhooks = webhooks;
  }

  @Override
  protected void render() {
    removeAll();
    Button add = new Button(getTranslation("webhooks.add"), click -> openEditor());
    add.setId("webhooks-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Grid<WebhookEndpoint> grid = new Grid<>();
    grid.setId("webhooks");
    grid.setAllRowsVisible(true);
    grid.addComponentColumn(this::where).setHeader(getTranslation("webhooks.url")).setFlexGrow(2);
    grid.addColumn(e -> String.join(", ", e.eventTypes())).setHeader(getTranslation("webhooks.events")).setFlexGrow(1);
    grid.addColumn(e -> e.isEnabled() ? getTranslation("webhooks.on") : getTranslation("webhooks.off", e.disabledReason().orElse(""))).setHeader(getTranslation("webhooks.state"));
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    grid.setItems(webhooks.list());
    add(new H2(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.help")), add, grid);
  }

  private VerticalLayout where(WebhookEndpoint endpoint) {
    Span url = new Span(endpoint.url());
    url.getStyle().set("word-break", "break-all");
    VerticalLayout cell = new VerticalLayout(url);
    cell.setPadding(false);
    cell.setSpacing(false);
    endpoint.description().ifPresent(d -> cell.add(new Span(d)));
    return cell;
  }

  private HorizontalLayout actions(WebhookEndpoint endpoint) {
    Button deliveries = small(getTranslation("webhooks.deliveries"), "webhook-deliveries-" + endpoint.id(), () -> openDeliveries(endpoint));
    Button secret = small(getTranslation("webhooks.secret"), "webhook-secret-" + endpoint.id(), () -> {
      TextField shown = new TextField(getTranslation("webhooks.secret"));
      shown.setId("webhook-secret-value");
      shown.setValue(endpoint.secret().value());
      shown.setReadOnly(true);
      shown.setWidth("36em");
      Dialog dialog = new Dialog(new Paragraph(getTranslation("webhooks.secretHelp")), shown);
      dialog.setHeaderTitle(endpoint.url());
      dialog.getFooter().add(new Button(getTranslation("webhooks.close"), c -> dialog.close()));
      dialog.open();
    });
    Button toggle = small(getTranslation(endpoint.isEnabled() ? "webhooks.disable" : "webhooks.enable"), "webhook-toggle-" + endpoint.id(), () -> {
      var record = new WebhookService.EndpointRecord(endpoint.url(), endpoint.description().orElse(null), new ArrayList<>(endpoint.eventTypes()), !endpoint.isEnabled());
      if (Feedback.attempt(() -> webhooks.change(endpoint.id(), endpoint.version(), record))) {
        render();
      }
    });
    Button remove = small(getTranslation("webhooks.remove"), "webhook-remove-" + endpoint.id(), () -> {
      if (Feedback.attempt(() -> webhooks.remove(endpoint.id(), endpoint.version()))) {
        render();
      }
    });
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(deliveries, secret, toggle, remove);
  }

  private void openEditor() {
    TextField url = new TextField(getTranslation("webhooks.url"));
    url.setId("webhook-url");
    url.setWidthFull();
    url.setHelperText(getTranslation("webhooks.urlHelp"));
    TextField description = new TextField(getTranslation("webhooks.description"));
    description.setId("webhook-description");
    description.setWidthFull();
    MultiSelectComboBox<String> events = new MultiSelectComboBox<>(getTranslation("webhooks.events"));
    events.setId("webhook-events");
    events.setItems(webhooks.eventTypes());
    events.setWidthFull();
    FormErrors errors = new FormErrors().field("url", url).field("description", description).field("eventTypes", events);
    Dialog dialog = new Dialog(new VerticalLayout(url, description, events));
    dialog.setHeaderTitle(getTranslation("webhooks.add"));
    // Escape closes the event list while choosing, not the form being filled in
    dialog.setCloseOnEsc(false);
    dialog.setWidth("40em");
    Button save = new Button(getTranslation("webhooks.save"), click -> {
      try {
        webhooks.create(new WebhookService.EndpointRecord(url.getValue(), description.getValue(), List.copyOf(events.getValue()), null));
        dialog.close();
        render();
      } catch (ApplicationException e) {
        errors.show(e);
      }
    });
    save.setId("webhook-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("webhooks.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void openDeliveries(WebhookEndpoint endpoint) {
    Grid<WebhookDelivery> grid = new Grid<>();
    grid.setId("webhook-delivery-log");
    grid.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale())).setHeader(getTranslation("webhooks.when")).setAutoWidth(true);
    grid.addColumn(WebhookDelivery::eventType).setHeader(getTranslation("webhooks.event")).setAutoWidth(true);
    grid.addColumn(d -> getTranslation("webhooks.status." + d.status().name())).setHeader(getTranslation("webhooks.state")).setAutoWidth(true);
    grid.addColumn(WebhookDelivery::attempts).setHeader(getTranslation("webhooks.attempts")).setAutoWidth(true);
    grid.addColumn(d -> d.lastStatusCode().map(String::valueOf).orElse(d.lastError().orElse(""))).setHeader(getTranslation("webhooks.answer")).setFlexGrow(1);
    grid.addComponentColumn(d -> {
      Button again = small(getTranslation("webhooks.redeliver"), "webhook-redeliver-" + d.id(), () -> {
        if (Feedback.attempt(() -> webhooks.redeliver(endpoint.id(), d.id()))) {
          Feedback.success(getTranslation("webhooks.redelivered"));
          grid.getDataProvider().refreshAll();
        }
      });
      again.setEnabled(d.status() != DeliveryStatus.PENDING);
      return again;
    }).setAutoWidth(true).setFlexGrow(0);
    PagedGrid.bind(grid, page -> webhooks.deliveries(endpoint.id(), page), new PageRequest.SortOrder("createdAt", true));
    Dialog dialog = new Dialog(grid);
    dialog.setHeaderTitle(getTranslation("webhooks.deliveriesOf", endpoint.url()));
    dialog.setWidth("min(70em, 95vw)");
    dialog.setHeight("70vh");
    dialog.getFooter().add(new Button(getTranslation("webhooks.close"), click -> dialog.close()));
    dialog.open();
  }

  private static Button small(String label, String id, Runnable action) {
    Button button = new Button(label, click -> action.run());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("webhooks.title") + " · " + getTranslation("app.name");
  }
}
