package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.service.Forms.IndicatorForm;
import org.missionhub.plugin.evaluation.service.IndicatorService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds an indicator or changes one: what it measures, which way it should go, who reports it, its baseline and targets. */
final class IndicatorDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final TextField code = field("code");
  private final TextField nameEn = field("name-en");
  private final TextField nameFr = field("name-fr");
  private final TextField nameDa = field("name-da");
  private final TextArea definition = new TextArea();
  private final TextField unit = field("unit");
  private final Select<Direction> direction = new Select<>();
  private final Select<Calculation> calculation = new Select<>();
  private final Select<Periodicity> periodicity = new Select<>();
  private final Select<Integer> yearStart = new Select<>();
  private final TextField disaggregations = field("disaggregations");
  private final TextField dataSource = field("data-source");
  private final TextField method = field("method");
  private final Select<OrganisationFacts> reporter = new Select<>();
  private final Select<MissionPerson> responsible = new Select<>();
  private final TextField baseline = field("baseline");
  private final DatePicker baselineDate = new DatePicker();
  private final TextArea targets = new TextArea();
  private List<MissionPerson> responsiblePeople = List.of();

  IndicatorDialog(MissionScope scope, IndicatorService indicators, Indicator editing, Runnable saved) {
    setId("evaluation-indicator-dialog");
    setHeaderTitle(getTranslation(editing == null ? "evaluation.indicator.add" : "evaluation.indicator.edit"));
    code.setLabel(getTranslation("evaluation.field.code"));
    nameEn.setLabel(getTranslation("evaluation.field.name", "English"));
    nameFr.setLabel(getTranslation("evaluation.field.name", "Français"));
    nameDa.setLabel(getTranslation("evaluation.field.name", "Dansk"));
    definition.setLabel(getTranslation("evaluation.field.definition"));
    definition.setId("evaluation-indicator-definition");
    unit.setLabel(getTranslation("evaluation.field.unit"));
    choice(direction, "direction", Direction.values(), Direction.INCREASE);
    choice(calculation, "calculation", Calculation.values(), Calculation.LATEST);
    choice(periodicity, "periodicity", Periodicity.values(), Periodicity.YEARLY);
    // empty: the reporting organisation's fiscal year, as its profile sets it
    yearStart.setId("evaluation-indicator-year-start");
    yearStart.setLabel(getTranslation("evaluation.field.yearStart"));
    yearStart.setItems(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
    yearStart.setEmptySelectionAllowed(true);
    yearStart.setEmptySelectionCaption(getTranslation("evaluation.field.yearStartFiscal"));
    yearStart.setItemLabelGenerator(m -> m == null ? getTranslation("evaluation.field.yearStartFiscal")
        : java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, getLocale()));
    yearStart.setHelperText(getTranslation("evaluation.field.yearStartHelp"));
    disaggregations.setLabel(getTranslation("evaluation.field.disaggregations"));
    disaggregations.setHelperText(getTranslation("evaluation.field.disaggregationsHelp"));
    dataSource.setLabel(getTranslation("evaluation.field.dataSource"));
    method.setLabel(getTranslation("evaluation.field.method"));
    List<OrganisationFacts> organisations = scope.organisations().stream().filter(MissionOrganisation::comanages).map(MissionOrganisation::organisation).toList();
    reporter.setLabel(getTranslation("evaluation.field.reporter"));
    reporter.setId("evaluation-indicator-reporter");
    reporter.setItems(organisations);
    reporter.setItemLabelGenerator(OrganisationFacts::name);
    organisations.stream().filter(o -> o.id().equals(scope.organisationId())).findFirst().ifPresent(reporter::setValue);
    // the people who may report: a role in the mission through the reporting organisation, one entry each
    responsible.setLabel(getTranslation("evaluation.field.responsible"));
    responsible.setId("evaluation-indicator-responsible");
    responsible.setItemLabelGenerator(p -> p == null ? getTranslation("evaluation.field.responsibleNone") : p.person().displayName());
    responsible.setEmptySelectionAllowed(true);
    responsible.setEmptySelectionCaption(getTranslation("evaluation.field.responsibleNone"));
    people(scope);
    reporter.addValueChangeListener(change -> people(scope));
    baseline.setLabel(getTranslation("evaluation.field.baseline"));
    baselineDate.setLabel(getTranslation("evaluation.field.baselineDate"));
    baselineDate.setId("evaluation-indicator-baseline-date");
    targets.setLabel(getTranslation("evaluation.field.targets"));
    targets.setHelperText(getTranslation("evaluation.field.targetsHelp"));
    targets.setId("evaluation-indicator-targets");
    if (editing != null) {
      fill(editing, organisations);
    }
    FormLayout form = new FormLayout(code, unit, nameEn, nameFr, nameDa, definition, direction, calculation, periodicity, yearStart, reporter, responsible, baseline, baselineDate, targets,
        disaggregations, dataSource, method);
    form.setColspan(definition, 2);
    form.setColspan(targets, 2);
    add(form);
    Button save = new Button(getTranslation("evaluation.save"), click -> save(indicators, editing, saved));
    save.setId("evaluation-indicator-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("evaluation.cancel"), click -> close());
    cancel.setId("evaluation-indicator-cancel");
    getFooter().add(cancel, save);
    setWidth("min(56rem, 95vw)");
  }

  private void save(IndicatorService indicators, Indicator editing, Runnable saved) {
    Map<String, String> name = new LinkedHashMap<>();
    name.put("en", nameEn.getValue());
    name.put("fr", nameFr.getValue());
    name.put("da", nameDa.getValue());
    // the definition is edited in English here; its translations (set through the API) are kept as they are
    Map<String, String> defined = new LinkedHashMap<>();
    defined.put("en", definition.getValue());
    if (editing != null && editing.definition() != null && !definition.getValue().isBlank()) {
      defined.put("fr", editing.definition().fr());
      defined.put("da", editing.definition().da());
    }
    IndicatorForm form = new IndicatorForm(
        code.getValue(), name, defined, unit.getValue(), direction.getValue().name(), calculation.getValue().name(),
        periodicity.getValue().name(), Arrays.stream(disaggregations.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        dataSource.getValue(), method.getValue(), reporter.getValue() == null ? null : reporter.getValue().slug(),
        responsible.getValue() == null ? null : responsible.getValue().person().subject(), baseline.getValue(),
        baselineDate.getValue() == null ? null : baselineDate.getValue().toString(), TargetLines.read(targets.getValue()), yearStart.getValue());
    try {
      if (editing == null) {
        indicators.add(form);
      } else {
        indicators.update(editing.id(), editing.revision(), form);
      }
      close();
      saved.run();
    } catch (PluginProblem problem) {
      Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
      fields.put("code", code);
      fields.put("name", nameEn);
      fields.put("name.fr", nameFr);
      fields.put("name.da", nameDa);
      fields.put("definition", definition);
      fields.put("unit", unit);
      fields.put("disaggregations", disaggregations);
      fields.put("dataSource", dataSource);
      fields.put("method", method);
      fields.put("reporter", reporter);
      fields.put("responsible", responsible);
      fields.put("baseline", baseline);
      fields.put("baselineDate", baselineDate);
      fields.put("targets", targets);
      fields.put("periodicity", periodicity);
      fields.put("yearStart", yearStart);
      FieldProblems.show(problem, fields);
    }
  }

  private void fill(Indicator editing, List<OrganisationFacts> organisations) {
    code.setValue(editing.code());
    nameEn.setValue(editing.name().en());
    nameFr.setValue(editing.name().fr() == null ? "" : editing.name().fr());
    nameDa.setValue(editing.name().da() == null ? "" : editing.name().da());
    definition.setValue(editing.definition() == null ? "" : editing.definition().en());
    unit.setValue(editing.unit() == null ? "" : editing.unit());
    direction.setValue(editing.direction());
    calculation.setValue(editing.calculation());
    periodicity.setValue(editing.periodicity());
    yearStart.setValue(editing.yearStart());
    disaggregations.setValue(String.join(", ", editing.disaggregations()));
    dataSource.setValue(editing.dataSource() == null ? "" : editing.dataSource());
    method.setValue(editing.method() == null ? "" : editing.method());
    organisations.stream().filter(o -> o.id().toString().equals(editing.reporter())).findFirst().ifPresent(reporter::setValue);
    if (editing.responsibleSubject() != null) {
      responsiblePeople.stream().filter(p -> p.person().subject().equals(editing.responsibleSubject())).findFirst().ifPresent(responsible::setValue);
    }
    baseline.setValue(editing.baselineValue() == null ? "" : editing.baselineValue().toPlainString());
    baselineDate.setValue(editing.baselineDate());
    targets.setValue(TargetLines.write(editing));
  }

  private void people(MissionScope scope) {
    OrganisationFacts organisation = reporter.getValue();
    java.util.Set<String> seen = new java.util.HashSet<>();
    responsiblePeople = organisation == null ? List.of()
        : scope.people().stream().filter(p -> p.organisation().equals(organisation.id())).filter(p -> seen.add(p.person().subject())).toList();
    responsible.setItems(responsiblePeople);
  }

  private <E extends Enum<E>> void choice(Select<E> select, String name, E[] values, E initial) {
    select.setLabel(getTranslation("evaluation.field." + name));
    select.setId("evaluation-indicator-" + name);
    select.setItems(values);
    select.setItemLabelGenerator(v -> getTranslation("evaluation." + name + "." + v.name()));
    select.setValue(initial);
  }

  private static TextField field(String id) {
    TextField field = new TextField();
    field.setId("evaluation-indicator-" + id);
    return field;
  }
}
