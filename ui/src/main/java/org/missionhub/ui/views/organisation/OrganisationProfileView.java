package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.organisation.Sector;
import org.missionhub.core.organisation.application.OrganisationProfile;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.ui.components.ConflictDialog;
import org.missionhub.ui.components.CountryField;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.components.FieldRules.Check;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Selects;
import org.missionhub.ui.export.OrganisationExportServlet;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * An organisation administrator's page for the organisation's profile (name, type, country) and for taking
 * all of its data out.
 */
@Route(value = "organisation", layout = MainLayout.class)
public class OrganisationProfileView extends OrganisationAdminView implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationProfileService profiles;
  private final transient FieldRules rules;
  private long version;

  @Inject
  public OrganisationProfileView(CurrentUser user, OrganisationProfileService profiles, FieldRules rules) {
    super(user);
    this.profiles = profiles;
    this.rules = rules;
    setMaxWidth("48rem");
  }

  @Override
  protected void render() {
    removeAll();
    Organisation organisation = profiles.current();
    TextField name = new TextField(getTranslation("onboarding.organisationName"));
    name.setId("profile-name");
    Select<OrganisationType> type = Selects.of("profile-type", getTranslation("onboarding.type"), OrganisationType.class, "orgtype.");
    CountryField country = new CountryField("profile-country", getTranslation("onboarding.country"));
    Select<Integer> fiscalYear = new Select<>();
    fiscalYear.setId("profile-fiscal-year");
    fiscalYear.setLabel(getTranslation("profile.fiscalYearStart"));
    fiscalYear.setHelperText(getTranslation("profile.fiscalYearStartHelp"));
    fiscalYear.setItems(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
    fiscalYear.setItemLabelGenerator(m -> java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, getLocale()));
    TextField iati = new TextField(getTranslation("profile.iati"));
    iati.setId("profile-iati");
    iati.setHelperText(getTranslation("profile.iatiHelp"));
    iati.setPlaceholder("DK-CVR-20228799");
    iati.setMaxLength(100);
    ComboBox<Sector> sector = new ComboBox<>(getTranslation("profile.sector"));
    sector.setId("profile-sector");
    sector.setHelperText(getTranslation("profile.sectorHelp"));
    sector.setItems(Sector.values());
    sector.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
    sector.setClearButtonVisible(true);
    sector.setWidthFull();
    Check[] checks = {
      rules.bind(name, OrganisationProfile.class, "name"),
      rules.bind(type, OrganisationProfile.class, "type"),
      rules.bind(country, OrganisationProfile.class, "country")
    };
    FormErrors errors = new FormErrors().field("name", name).field("type", type).field("country", country).field("fiscalYearStart", fiscalYear).field("iatiIdentifier", iati).field("sector", sector);
    Runnable fill = () -> {
      Organisation current = profiles.current();
      name.setValue(current.name());
      type.setValue(current.type());
      country.setValue(current.country());
      fiscalYear.setValue(current.fiscalYearStart());
      iati.setValue(current.iatiIdentifier().orElse(""));
      sector.setValue(current.sector().orElse(null));
      version = current.version();
    };
    fill.run();
    Button save = new Button(getTranslation("action.save"));
    save.setId("profile-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> {
      if (!Check.all(checks)) {
        return;
      }
      try {
        profiles.update(version, new OrganisationProfile(name.getValue(), type.getValue(), country.getValue(), fiscalYear.getValue(), iati.getValue().strip(),
            sector.getValue() == null ? "" : sector.getValue().name()));
        Feedback.success(getTranslation("profile.saved"));
        render();
      } catch (ApplicationException e) {
        if (e.kind() == ProblemKind.PRECONDITION_FAILED) {
          Organisation theirs = profiles.current();
          new ConflictDialog(
                  new Paragraph(theirs.name() + " · " + getTranslation("orgtype." + theirs.type().name()) + " · " + theirs.country()),
                  fill,
                  () -> {
                    version = theirs.version();
                    save.click();
                  })
              .open();
        } else {
          errors.show(e);
        }
      } catch (RuntimeException e) {
        errors.show(e);
      }
    });
    Paragraph slug = new Paragraph(getTranslation("profile.slug", organisation.slug()));
    add(new H2(getTranslation("profile.title")), slug, new FormLayout(name, type, country, fiscalYear, iati, sector), save);
    // a plain link: the browser downloads the archive as it is streamed, with its own progress
    Anchor export = new Anchor(OrganisationExportServlet.PATH, getTranslation("profile.export.download"));
    export.setId("export-organisation");
    export.setRouterIgnore(true);
    export.getElement().setAttribute("download", true);
    add(new H3(getTranslation("profile.export.title")), new Paragraph(getTranslation("profile.export.text")), export);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("profile.title") + " · " + getTranslation("app.name");
  }
}
