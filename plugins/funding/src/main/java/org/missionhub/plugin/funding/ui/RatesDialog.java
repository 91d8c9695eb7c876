package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.service.Forms.RateForm;
import org.missionhub.plugin.funding.service.Forms.RatesForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ui.ImportViews;
import org.missionhub.plugin.support.ui.FieldProblems;

/** The mission's currency and its exchange rates, one per line: {@code DKK 2026-01-01 0.1341}. */
final class RatesDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  RatesDialog(FundingService funding, Rates current, Runnable saved) {
    setId("funding-rates-dialog");
    setHeaderTitle(getTranslation("funding.rates.title"));
    TextField currency = new TextField(getTranslation("funding.rates.currency"));
    currency.setId("funding-rates-currency");
    currency.setValue(current.missionCurrency().getCurrencyCode());
    TextArea lines = new TextArea(getTranslation("funding.rates.lines"));
    lines.setId("funding-rates-lines");
    lines.setHelperText(getTranslation("funding.rates.help"));
    lines.setValue(String.join("\n", current.rates().stream().map(r -> r.currency().getCurrencyCode() + " " + r.from() + " " + r.rate().toPlainString()).toList()));
    // a table saved from a spreadsheet (currency, from, rate) fills the lines, to be read over before saving
    com.vaadin.flow.component.upload.Upload upload = ImportViews.csvUpload("funding-rates-upload", getTranslation("funding.rates.upload"),
        getTranslation("funding.rates.uploadDrop"), bytes -> {
          try {
            CsvSheet sheet = CsvSheet.read(new java.io.ByteArrayInputStream(bytes));
            List<String> added = new ArrayList<>();
            for (CsvSheet.Row row : sheet.rows()) {
              added.add(String.join(" ", blank(row.get("currency")), blank(row.get("from")), blank(sheet.number(row.get("rate")))).strip());
            }
            String before = lines.getValue().strip();
            lines.setValue((before.isEmpty() ? "" : before + "\n") + String.join("\n", added));
          } catch (PluginProblem problem) {
            FieldProblems.show(problem, Map.of("rates", lines));
          }
        });
    FormLayout form = new FormLayout(currency, lines, upload);
    form.setColspan(lines, 2);
    form.setColspan(upload, 2);
    add(form);
    Button save = new Button(getTranslation("funding.save"), click -> {
      try {
        funding.putRates(new RatesForm(currency.getValue(), read(lines.getValue())));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("currency", currency, "rates", lines));
      }
    });
    save.setId("funding-rates-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
  }

  private static String blank(String value) {
    return value == null ? "" : value.strip();
  }

  /** One rate per non-blank line, its three parts split on spaces (a missing part is left for the rules to name). */
  static List<RateForm> read(String text) {
    List<RateForm> rates = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      rates.add(new RateForm(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null));
    }
    return rates;
  }
}
