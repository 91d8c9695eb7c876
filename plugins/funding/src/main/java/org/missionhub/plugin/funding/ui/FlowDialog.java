package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.funding.service.Forms.FlowForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * Records money of a funder for an initiative — a pledge, a commitment (conditional, expiring), a disbursement
 * or spending — or changes or removes what was recorded.
 */
final class FlowDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  /** @param flow the money to change, or null to record new money */
  FlowDialog(FundingService funding, List<Funder> funders, List<PortfolioInitiative> initiatives, String currency, LocalDate today, Flow flow, Runnable saved) {
    setId("funding-flow-dialog");
    setHeaderTitle(getTranslation(flow == null ? "funding.flow.record" : "funding.flow.edit"));
    Select<Funder> funder = new Select<>();
    funder.setId("funding-flow-funder");
    funder.setLabel(getTranslation("funding.funder.name"));
    funder.setItems(funders);
    funder.setItemLabelGenerator(Funder::name);
    Select<PortfolioInitiative> initiative = Forms.initiatives("funding-flow-initiative", getTranslation("funding.gap.initiative"), initiatives);
    Select<Stage> stage = new Select<>();
    stage.setId("funding-flow-stage");
    stage.setLabel(getTranslation("funding.flow.stage"));
    stage.setItems(Stage.values());
    stage.setItemLabelGenerator(s -> getTranslation("funding.stage." + s.name()));
    stage.setValue(Stage.COMMITMENT);
    DatePicker date = new DatePicker(getTranslation("funding.flow.date"), today);
    date.setId("funding-flow-date");
    TextField amount = new TextField(getTranslation("funding.amount"));
    amount.setId("funding-flow-amount");
    TextField inCurrency = new TextField(getTranslation("funding.currency"));
    inCurrency.setId("funding-flow-currency");
    inCurrency.setValue(currency);
    Checkbox conditional = new Checkbox(getTranslation("funding.flow.conditional"));
    conditional.setId("funding-flow-conditional");
    DatePicker expires = new DatePicker(getTranslation("funding.flow.expires"));
    expires.setId("funding-flow-expires");
    stage.addValueChangeListener(change -> {
      boolean commitment = change.getValue() == Stage.COMMITMENT;
      conditional.setEnabled(commitment);
      expires.setEnabled(commitment);
    });
    TextField note = new TextField(getTranslation("funding.flow.note"));
    note.setId("funding-flow-note");
    Checkbox confidential = new Checkbox(getTranslation("funding.flow.confidential"));
    confidential.setId("funding-flow-confidential");
    confidential.setTooltipText(getTranslation("funding.flow.confidentialHelp"));
    if (flow != null) {
      funders.stream().filter(f -> f.id().equals(flow.funderId())).findFirst().ifPresent(funder::setValue);
      initiatives.stream().filter(i -> i.id().equals(flow.initiativeId())).findFirst().ifPresent(initiative::setValue);
      stage.setValue(flow.stage());
      date.setValue(flow.date());
      amount.setValue(flow.money().amount().toPlainString());
      inCurrency.setValue(flow.money().code());
      conditional.setValue(flow.conditional());
      expires.setValue(flow.expires());
      note.setValue(flow.note() == null ? "" : flow.note());
      confidential.setValue(flow.confidential());
    }
    FormLayout form = new FormLayout(funder, initiative, stage, date, amount, inCurrency, conditional, expires, note, confidential);
    form.setColspan(note, 2);
    form.setColspan(confidential, 2);
    add(form);
    Map<String, HasValidation> fields = Map.of("funder", funder, "initiative", initiative, "stage", stage, "date", date, "amount", amount, "currency", inCurrency,
        "expires", expires, "note", note);
    Button save = new Button(getTranslation("funding.save"), click -> {
      try {
        boolean commitment = stage.getValue() == Stage.COMMITMENT;
        FlowForm given = new FlowForm(funder.getValue() == null ? null : funder.getValue().id(), initiative.getValue() == null ? null : initiative.getValue().id(),
            stage.getValue() == null ? null : stage.getValue().name(), date.getValue() == null ? null : date.getValue().toString(), amount.getValue(), inCurrency.getValue(),
            commitment && conditional.getValue(), commitment && expires.getValue() != null ? expires.getValue().toString() : null, note.getValue(), confidential.getValue());
        if (flow == null) {
          funding.addFlow(given);
        } else {
          funding.updateFlow(flow.id(), flow.revision(), given);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, fields);
      }
    });
    save.setId("funding-flow-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    if (flow != null) {
      Button remove = new Button(getTranslation("funding.flow.remove"), click -> {
        try {
          funding.deleteFlow(flow.id(), flow.revision());
          close();
          saved.run();
        } catch (PluginProblem problem) {
          FieldProblems.show(problem, fields);
        }
      });
      remove.setId("funding-flow-remove");
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      remove.getStyle().set("margin-inline-end", "auto");
      getFooter().add(remove);
    }
    getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
  }
}
