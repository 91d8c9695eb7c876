package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.funding.service.IatiImportReport;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.support.imports.ui.ImportViews;

/**
 * Imports one activity of another publisher's IATI file as an initiative's funding: the file is checked first
 * (what the publisher adds as a funder, the money, what is skipped and why, or every problem with its line)
 * and imported only when nothing is wrong; then all of it, or nothing.
 */
final class IatiImportDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  /** The transaction types whose skipping has its own words (every other one is "not money to the initiative"). */
  private static final java.util.Set<String> SKIPPED = java.util.Set.of("1", "4", "5", "6", "7", "8", "9", "10", "11", "13");

  private final transient FundingService funding;
  private final Runnable imported;
  private final Select<PortfolioInitiative> initiative;
  private final Select<String> activity = new Select<>();
  private final Select<SourceType> source = new Select<>();
  private final Span verdict = new Span();
  private final UnorderedList details = new UnorderedList();
  private final Button apply = new Button();
  // the file last uploaded, set and read under the session's lock
  private byte[] file;

  IatiImportDialog(FundingService funding, List<PortfolioInitiative> initiatives, Runnable imported) {
    this.funding = funding;
    this.imported = imported;
    setId("funding-iati-dialog");
    setHeaderTitle(getTranslation("funding.iati.import.title"));
    setWidth("min(90vw, 760px)");
    initiative = Forms.initiatives("funding-iati-initiative", getTranslation("funding.gap.initiative"), initiatives);
    initiative.addValueChangeListener(change -> check());
    activity.setId("funding-iati-activity");
    activity.setLabel(getTranslation("funding.iati.import.activity"));
    activity.setVisible(false);
    activity.addValueChangeListener(change -> check());
    source.setId("funding-iati-source");
    source.setLabel(getTranslation("funding.funder.source"));
    source.setItems(SourceType.values());
    source.setItemLabelGenerator(s -> s == null ? "" : getTranslation("funding.source." + s.name()));
    source.setEmptySelectionAllowed(true);
    source.setHelperText(getTranslation("funding.iati.import.sourceHelp"));
    source.addValueChangeListener(change -> check());
    Upload upload = ImportViews.upload("funding-iati-upload", getTranslation("funding.iati.import.choose"), getTranslation("funding.iati.import.drop"), bytes -> {
      file = bytes;
      check();
    }, ".xml", "application/xml", "text/xml");
    verdict.setId("funding-iati-verdict");
    details.setId("funding-iati-details");
    add(new Paragraph(getTranslation("funding.iati.import.help")), new FormLayout(initiative, activity, source), upload, verdict, details);
    apply.setText(getTranslation("funding.iati.import.apply"));
    apply.setId("funding-iati-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    apply.setEnabled(false);
    apply.addClickListener(click -> importFile());
    getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), apply);
  }

  /** The dry run of the file as the dialog stands: what it adds, or what is wrong. */
  private void check() {
    apply.setEnabled(false);
    details.removeAll();
    if (file == null || initiative.getValue() == null) {
      verdict.setText("");
      return;
    }
    IatiImportReport report;
    try {
      report = run(true);
    } catch (PluginProblem problem) {
      verdict.setText(problem.getMessage());
      return;
    }
    if (report.activities().size() > 1 && !activity.isVisible()) {
      activity.setItems(report.activities());
      activity.setVisible(true);
    }
    if (!report.problems().isEmpty()) {
      verdict.setText(getTranslation("funding.iati.import.problems", report.problems().size()));
      report.problems().forEach(p -> details.add(new ListItem(p.field() + ": " + p.message())));
      return;
    }
    verdict.setText(getTranslation("funding.iati.import.verdict", report.funderName(), getTranslation(report.newFunder() ? "funding.iati.import.new" : "funding.iati.import.known"),
        report.added().size(), report.unchanged(), report.skipped().size()));
    report.added().forEach(a -> details.add(new ListItem(getTranslation("funding.stage." + a.stage()) + " · " + a.date() + " · "
        + Amounts.format(new java.math.BigDecimal(a.amount()), Math.max(0, java.util.Currency.getInstance(a.currency()).getDefaultFractionDigits()), getLocale())
        + " " + a.currency())));
    report.skipped().forEach(s -> details.add(new ListItem(getTranslation("funding.iati.import.skipped", Integer.toString(s.line()),
        getTranslation("funding.iati.skip." + (SKIPPED.contains(s.type()) ? s.type() : "other"))))));
    apply.setEnabled(!report.added().isEmpty() || report.newFunder());
  }

  private void importFile() {
    try {
      run(false);
      close();
      imported.run();
    } catch (PluginProblem problem) {
      verdict.setText(problem.getMessage());
    }
  }

  private IatiImportReport run(boolean dryRun) {
    return funding.importIati(new ByteArrayInputStream(file), activity.getValue(), initiative.getValue().id(), source.getValue() == null ? null : source.getValue().name(),
        dryRun);
  }
}
