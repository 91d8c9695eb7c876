package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.BudgetCalendar;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.service.Forms.CalendarForm;
import org.missionhub.plugin.funding.service.Forms.FunderForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * Adds a funder, or changes or removes one: an organisation of the mission or a body outside MissionHub by
 * name, its source and instrument, and its budget cycle (the fiscal year, the days its budget round opens and
 * closes and its budget is approved, how many years an appropriation covers), which the alerts and "when must
 * we ask" read.
 */
final class FunderDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  /** @param funder the funder to change, or null to add one */
  FunderDialog(FundingService funding, List<OrganisationFacts> organisations, Funder funder, Runnable saved) {
    setId("funding-funder-dialog");
    setHeaderTitle(getTranslation(funder == null ? "funding.funder.add" : "funding.funder.edit"));
    Select<OrganisationFacts> organisation = new Select<>();
    organisation.setId("funding-funder-organisation");
    organisation.setLabel(getTranslation("funding.funder.organisation"));
    organisation.setItems(organisations);
    organisation.setEmptySelectionAllowed(true);
    organisation.setEmptySelectionCaption(getTranslation("funding.funder.outside"));
    organisation.setItemLabelGenerator(o -> o == null ? getTranslation("funding.funder.outside") : o.name());
    TextField name = new TextField(getTranslation("funding.funder.name"));
    name.setId("funding-funder-name");
    name.setHelperText(getTranslation("funding.funder.nameHelp"));
    Select<SourceType> source = new Select<>();
    source.setId("funding-funder-source");
    source.setLabel(getTranslation("funding.funder.source"));
    source.setItems(SourceType.values());
    source.setItemLabelGenerator(s -> getTranslation("funding.source." + s.name()));
    Select<Instrument> instrument = new Select<>();
    instrument.setId("funding-funder-instrument");
    instrument.setLabel(getTranslation("funding.funder.instrument"));
    instrument.setItems(Instrument.values());
    instrument.setItemLabelGenerator(i -> getTranslation("funding.instrument." + i.name()));
    instrument.setValue(Instrument.GRANT);

    Select<Integer> fiscalYear = new Select<>();
    fiscalYear.setId("funding-funder-fiscal-year");
    fiscalYear.setLabel(getTranslation("funding.calendar.fiscalYearStart"));
    fiscalYear.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
    fiscalYear.setEmptySelectionAllowed(true);
    fiscalYear.setEmptySelectionCaption(getTranslation("funding.calendar.fiscalYearDefault"));
    fiscalYear.setItemLabelGenerator(m -> m == null ? getTranslation("funding.calendar.fiscalYearDefault") : Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
    MonthDayField opens = new MonthDayField("funding-funder-opens", getTranslation("funding.calendar.opens"), getLocale());
    MonthDayField closes = new MonthDayField("funding-funder-closes", getTranslation("funding.calendar.closes"), getLocale());
    closes.setHelperText(getTranslation("funding.calendar.closesHelp"));
    MonthDayField approval = new MonthDayField("funding-funder-approval", getTranslation("funding.calendar.approval"), getLocale());
    IntegerField years = new IntegerField(getTranslation("funding.calendar.yearsCovered"));
    years.setId("funding-funder-years");
    years.setMin(1);
    years.setMax(10);
    years.setStepButtonsVisible(true);
    years.setHelperText(getTranslation("funding.calendar.yearsCoveredHelp"));

    if (funder != null) {
      organisations.stream().filter(o -> o.id().toString().equals(funder.organisation())).findFirst().ifPresent(organisation::setValue);
      name.setValue(funder.name());
      source.setValue(funder.sourceType());
      instrument.setValue(funder.instrument());
      BudgetCalendar calendar = funder.calendar();
      if (calendar != null) {
        fiscalYear.setValue(calendar.fiscalYearStart());
        opens.setValue(calendar.opens());
        closes.setValue(calendar.closes());
        approval.setValue(calendar.approval());
        years.setValue(calendar.yearsCovered());
      }
    }
    add(new FormLayout(organisation, name, source, instrument));
    H4 cycle = new H4(getTranslation("funding.calendar.title"));
    add(cycle, new Paragraph(getTranslation("funding.calendar.help")), new FormLayout(fiscalYear, years, opens, closes, approval));

    Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("organisation", organisation, "name", name, "sourceType", source, "instrument", instrument,
        "calendar.fiscalYearStart", fiscalYear, "calendar.opens", opens, "calendar.closes", closes, "calendar.approval", approval, "calendar.yearsCovered", years);
    Button save = new Button(getTranslation("funding.save"), click -> {
      FunderForm form = new FunderForm(name.getValue(), organisation.getValue() == null ? null : organisation.getValue().slug(),
          source.getValue() == null ? null : source.getValue().name(), instrument.getValue() == null ? null : instrument.getValue().name(),
          new CalendarForm(fiscalYear.getValue(), opens.text(), closes.text(), approval.text(), years.getValue()));
      try {
        if (funder == null) {
          funding.addFunder(form);
        } else {
          funding.updateFunder(funder.id(), funder.revision(), form);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, fields);
      }
    });
    save.setId("funding-funder-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("funding.cancel"), click -> close());
    if (funder != null) {
      Button remove = new Button(getTranslation("funding.funder.remove"), click -> {
        // a funder's money goes with it: asked once more
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("funding-funder-remove-confirm");
        confirm.setHeader(getTranslation("funding.funder.remove") + ": " + funder.name());
        confirm.setText(getTranslation("funding.funder.removeConfirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("funding.cancel"));
        confirm.setConfirmText(getTranslation("funding.funder.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
          try {
            funding.deleteFunder(funder.id(), funder.revision());
            close();
            saved.run();
          } catch (PluginProblem problem) {
            FieldProblems.show(problem, fields);
          }
        });
        confirm.open();
      });
      remove.setId("funding-funder-remove");
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      remove.getStyle().set("margin-inline-end", "auto");
      getFooter().add(remove);
    }
    getFooter().add(cancel, save);
  }
}
