package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.service.Forms.NeedForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Sets what an initiative needs in a year (replacing what was set for that year). */
final class NeedDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  NeedDialog(FundingService funding, List<PortfolioInitiative> initiatives, String currency, int year, Runnable saved) {
    setId("funding-need-dialog");
    setHeaderTitle(getTranslation("funding.need.set"));
    Select<PortfolioInitiative> initiative = Forms.initiatives("funding-need-initiative", getTranslation("funding.gap.initiative"), initiatives);
    IntegerField inYear = new IntegerField(getTranslation("funding.need.year"));
    inYear.setId("funding-need-year");
    inYear.setValue(year);
    TextField amount = new TextField(getTranslation("funding.amount"));
    amount.setId("funding-need-amount");
    TextField inCurrency = new TextField(getTranslation("funding.currency"));
    inCurrency.setId("funding-need-currency");
    inCurrency.setValue(currency);
    add(new FormLayout(initiative, inYear, amount, inCurrency));
    Button save = new Button(getTranslation("funding.save"), click -> {
      try {
        funding.putNeed(new NeedForm(initiative.getValue() == null ? null : initiative.getValue().id(), inYear.getValue(), amount.getValue(), inCurrency.getValue()));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("initiative", initiative, "year", inYear, "amount", amount, "currency", inCurrency));
      }
    });
    save.setId("funding-need-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
  }
}
