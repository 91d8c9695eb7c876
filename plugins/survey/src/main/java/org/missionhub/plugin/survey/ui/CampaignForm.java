package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.CampaignRules;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * The form for a new campaign (an analyst's) or a mission's own survey (no audience, one response per
 * person); the server's rules check it and their refusals land on the fields.
 */
final class CampaignForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  private final TextField title = new TextField(Words.in("survey.title", getLocale()));
  private final TextArea description = new TextArea(Words.in("survey.description", getLocale()));
  private final Select<Choice> instrument = new Select<>();
  private final MultiSelectComboBox<OrganisationType> types = new MultiSelectComboBox<>(Words.in("survey.organisationTypesNoneAll", getLocale()));
  private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>(Words.in("survey.countriesNoneAll", getLocale()));
  private final RadioButtonGroup<String> unit = new RadioButtonGroup<>(Words.in("survey.oneResponsePer", getLocale()));
  private final Checkbox anonymous = new Checkbox(Words.in("survey.anonymous", getLocale()));
  private final Checkbox editable = new Checkbox(Words.in("survey.responsesMayChangeUntil", getLocale()));
  private final IntegerField minimum = new IntegerField(Words.in("survey.minimumCellSize", getLocale()));
  private final DateTimePicker opens = new DateTimePicker(Words.in("survey.opensUtc", getLocale()));
  private final DateTimePicker closes = new DateTimePicker(Words.in("survey.closesUtc", getLocale()));

  private final boolean missionSurvey;

  /** A published version on offer: the analysts', or one of the organisation's own ({@code own}). */
  private record Choice(InstrumentVersion version, boolean own) {}

  CampaignForm(List<InstrumentVersion> published) {
    this(List.of(), published, false);
  }

  /** {@code own}: the organisation's own published instruments, offered first (a mission survey only). */
  CampaignForm(List<InstrumentVersion> own, List<InstrumentVersion> published, boolean missionSurvey) {
    this.missionSurvey = missionSurvey;
    Locale locale = getLocale();
    title.setId("campaign-title");
    description.setId("campaign-description");
    instrument.setId("campaign-instrument");
    instrument.setLabel(Words.in("survey.instrumentPublished", locale));
    instrument.setItems(java.util.stream.Stream.concat(own.stream().map(v -> new Choice(v, true)), published.stream().map(v -> new Choice(v, false))).toList());
    instrument.setItemLabelGenerator(c -> c.version().definition().title().in(locale) + " · " + c.version().code() + " v" + c.version().number()
        + (c.own() ? " · " + Words.in("survey.own.ours", locale) : ""));
    types.setId("campaign-types");
    types.setItems(OrganisationType.values());
    types.setItemLabelGenerator(t -> Shares.group(t.name(), locale));
    countries.setId("campaign-countries");
    countries.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(c -> new Locale("", c).getDisplayCountry(locale))).toList());
    countries.setItemLabelGenerator(c -> new Locale("", c).getDisplayCountry(locale));
    unit.setId("campaign-unit");
    unit.setItems("MISSION", "PERSON");
    unit.setItemLabelGenerator(u -> "MISSION".equals(u) ? Words.in("survey.mission", locale) : Words.in("survey.person", locale));
    unit.setValue("MISSION");
    anonymous.setId("campaign-anonymous");
    editable.setId("campaign-editable");
    minimum.setId("campaign-minimum");
    minimum.setValue(CampaignRules.DEFAULT_MINIMUM_CELL_SIZE);
    minimum.setMin(CampaignRules.LOWEST_MINIMUM_CELL_SIZE);
    opens.setId("campaign-opens");
    closes.setId("campaign-closes");
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    opens.setValue(now);
    closes.setValue(now.plusWeeks(4));
    if (missionSurvey) {
      add(title, instrument, description, anonymous, editable, minimum, opens, closes);
    } else {
      add(title, instrument, description, types, countries, unit, anonymous, editable, minimum, opens, closes);
    }
  }

  org.missionhub.plugin.survey.campaign.CampaignForm value() {
    Choice chosen = instrument.getValue();
    return new org.missionhub.plugin.survey.campaign.CampaignForm(
        title.getValue(), description.getValue(),
        chosen == null ? null : new org.missionhub.plugin.survey.campaign.CampaignForm.InstrumentRef(chosen.version().code(), chosen.version().number(), chosen.own() ? org.missionhub.plugin.survey.version.InstrumentOwner.ORGANISATION_LABEL : null),
        missionSurvey ? null : new org.missionhub.plugin.survey.campaign.CampaignForm.AudienceForm(types.getValue().stream().map(Enum::name).toList(), List.copyOf(countries.getValue())),
        missionSurvey ? "PERSON" : unit.getValue(), anonymous.getValue(), editable.getValue(), minimum.getValue(),
        opens.getValue() == null ? null : opens.getValue().atOffset(ZoneOffset.UTC).toString(),
        closes.getValue() == null ? null : closes.getValue().atOffset(ZoneOffset.UTC).toString());
  }

  /** Puts each refusal on its field (the audience's items on the audience fields). */
  void show(PluginProblem problem) {
    Map<String, HasValidation> byField =
        Map.of("title", title, "description", description, "instrument", instrument, "unit", unit, "minimumCellSize", minimum, "opensAt", opens, "closesAt", closes);
    List.<HasValidation>of(title, description, instrument, types, countries, unit, minimum, opens, closes).forEach(f -> f.setInvalid(false));
    for (PluginProblem.FieldError error : problem.fields()) {
      if (error.field().equals("editableAfterSubmit")) {
        Problems.notify(editable.getLabel() + ": " + error.message(), true);
      }
      String field = error.field().startsWith("instrument") ? "instrument" : error.field();
      HasValidation target = field.startsWith("audience.countries") ? countries : field.startsWith("audience.organisationTypes") ? types : byField.get(field);
      if (target != null) {
        target.setErrorMessage(error.message());
        target.setInvalid(true);
      }
    }
  }
}
