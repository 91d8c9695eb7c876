package org.missionhub.ui.views.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.notice.NoticeService;
import org.missionhub.core.onboarding.application.OnboardingService;
import org.missionhub.core.onboarding.domain.OnboardingApplication;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.CountryField;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.security.CurrentUser;

/**
 * What a signed-in person without an organisation sees: how to be invited, a request to bring their
 * organisation onto MissionHub, their earlier requests and their messages.
 */
@Dependent
public class NoOrganisationPanel {

  @Inject CurrentUser user;
  @Inject OnboardingService onboarding;
  @Inject NoticeService notices;

  public Component build() {
    UI ui = UI.getCurrent();
    VerticalLayout panel = new VerticalLayout();
    panel.setId("no-organisation");
    panel.setMaxWidth("48rem");
    String email = user.caller().email() == null ? "" : user.caller().email();
    panel.add(
        new H2(ui.getTranslation("noorg.title", user.caller().displayName())),
        new Paragraph(ui.getTranslation("noorg.intro")),
        new Paragraph(ui.getTranslation("noorg.invited", email)));
    panel.add(new H3(ui.getTranslation("noorg.requests")), requests(ui));
    panel.add(new H3(ui.getTranslation("noorg.notices")), messages(ui));
    panel.add(new H3(ui.getTranslation("noorg.request")), form(ui, email));
    return panel;
  }

  private Component requests(UI ui) {
    UnorderedList list = new UnorderedList();
    list.setId("onboarding-requests");
    for (OnboardingRequest request : onboarding.mine(PageRequest.first(20)).items()) {
      String status =
          ui.getTranslation(
              "onboarding.status." + request.status().name(), request.decisionReason() == null ? "" : request.decisionReason());
      list.add(new ListItem(request.organisationName() + " — " + status));
    }
    return list;
  }

  private Component messages(UI ui) {
    var items = notices.mine(false, PageRequest.first(10)).items();
    if (items.isEmpty()) {
      return new Paragraph(ui.getTranslation("noorg.noNotices"));
    }
    UnorderedList list = new UnorderedList();
    items.forEach(n -> list.add(new ListItem(n.message())));
    return list;
  }

  private Component form(UI ui, String email) {
    TextField name = new TextField(ui.getTranslation("onboarding.organisationName"));
    name.setId("onboarding-name");
    name.setRequired(true);
    TextField slug = new TextField(ui.getTranslation("onboarding.slug"));
    slug.setId("onboarding-slug");
    slug.setHelperText(ui.getTranslation("onboarding.slug.help"));
    slug.setRequired(true);
    Select<OrganisationType> type = new Select<>();
    type.setLabel(ui.getTranslation("onboarding.type"));
    type.setId("onboarding-type");
    type.setItems(OrganisationType.values());
    type.setItemLabelGenerator(t -> ui.getTranslation("orgtype." + t.name()));
    CountryField country = new CountryField("onboarding-country", ui.getTranslation("onboarding.country"));
    TextField domain = new TextField(ui.getTranslation("onboarding.webDomain"));
    domain.setId("onboarding-domain");
    TextField contact = new TextField(ui.getTranslation("onboarding.contactName"));
    contact.setId("onboarding-contact");
    contact.setValue(user.caller().displayName());
    EmailField contactEmail = new EmailField(ui.getTranslation("onboarding.contactEmail"));
    contactEmail.setId("onboarding-email");
    contactEmail.setValue(email);
    TextArea reason = new TextArea(ui.getTranslation("onboarding.reason"));
    reason.setId("onboarding-reason");
    reason.setMaxLength(4000);
    FormErrors errors =
        new FormErrors().field("organisationName", name).field("slug", slug).field("type", type).field("country", country)
            .field("webDomain", domain).field("contactName", contact).field("contactEmail", contactEmail).field("reason", reason);
    Button submit = new Button(ui.getTranslation("onboarding.submit"));
    submit.setId("onboarding-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        click -> {
          try {
            onboarding.request(
                new OnboardingApplication(
                    name.getValue(), slug.getValue(), type.getValue(), country.getValue(), blankToNull(domain.getValue()),
                    contact.getValue(), contactEmail.getValue(), reason.getValue()));
            Feedback.success(ui.getTranslation("onboarding.sent"));
            ui.getPage().reload();
          } catch (ConstraintViolationException | ApplicationException e) {
            errors.show(e);
          }
        });
    FormLayout form = new FormLayout(name, slug, type, country, domain, contact, contactEmail, reason);
    form.setColspan(reason, 2);
    VerticalLayout wrapper = new VerticalLayout(form, submit);
    wrapper.setPadding(false);
    return wrapper;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
