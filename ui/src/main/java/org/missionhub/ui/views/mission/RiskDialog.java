package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.domain.RiskRecord;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.components.FieldRules.Check;
import org.missionhub.ui.components.Selects;

/** Adding or editing a risk: what could go wrong, how likely, how bad, who owns it, what is being done. */
final class RiskDialog extends RecordDialog {

  private static final long serialVersionUID = 1L;

  private final Risk editing;
  private final TextField title = label(new TextField(), "risk-title", "risks.column.title");
  private final TextArea description = label(new TextArea(), "risk-description", "risks.description");
  private final Select<RiskCategory> category;
  private final Select<Integer> likelihood = scale("risk-likelihood", "risks.column.likelihood", "risks.likelihood.");
  private final Select<Integer> impact = scale("risk-impact", "risks.column.impact", "risks.impact.");
  private final TextField owner = label(new TextField(), "risk-owner", "risks.column.owner");
  private final TextArea mitigation = label(new TextArea(), "risk-mitigation", "risks.mitigation");
  private final Select<RiskStatus> status;
  private final Check[] checks;
  private long version;
  private Risk stored;

  static RiskDialog create(MissionContext context, MissionServices services, Runnable changed) {
    return new RiskDialog(context, services, changed, null);
  }

  static RiskDialog edit(MissionContext context, MissionServices services, Risk risk, Runnable changed) {
    return new RiskDialog(context, services, changed, risk);
  }

  private RiskDialog(MissionContext context, MissionServices services, Runnable changed, Risk editing) {
    super("risk-dialog", "", context, services, changed);
    setHeaderTitle(getTranslation(editing == null ? "risks.add" : "risks.edit"));
    this.editing = editing;
    category = Selects.of("risk-category", getTranslation("risks.column.category"), RiskCategory.class, "riskCategory.");
    status = Selects.of("risk-status", getTranslation("risks.column.status"), RiskStatus.class, "riskStatus.");
    // only MissionHub proposes risks: a proposal keeps its status while edited, and nothing else returns to it
    status.setItems(java.util.Arrays.stream(RiskStatus.values())
        .filter(s -> s != RiskStatus.PROPOSED || editing != null && editing.status() == RiskStatus.PROPOSED).toList());
    status.setValue(RiskStatus.OPEN);
    FieldRules rules = services.rules();
    checks =
        new Check[] {
          rules.bind(title, RiskRecord.class, "title"),
          rules.bind(description, RiskRecord.class, "description"),
          rules.bind(category, RiskRecord.class, "category"),
          rules.bind(likelihood, RiskRecord.class, "likelihood"),
          rules.bind(impact, RiskRecord.class, "impact"),
          rules.bind(owner, RiskRecord.class, "owner"),
          rules.bind(mitigation, RiskRecord.class, "mitigation")
        };
    errors.field("title", title).field("description", description).field("category", category).field("likelihood", likelihood)
        .field("impact", impact).field("owner", owner).field("mitigation", mitigation).field("status", status);
    if (editing != null) {
      fill(editing);
    }
    FormLayout form = new FormLayout(title, category, likelihood, impact, description, owner, status, mitigation);
    form.setColspan(description, 2);
    form.setColspan(mitigation, 2);
    add(form);
  }

  private Select<Integer> scale(String id, String labelKey, String levelPrefix) {
    Select<Integer> select = new Select<>();
    select.setId(id);
    select.setLabel(getTranslation(labelKey));
    select.setItems(List.of(1, 2, 3, 4, 5));
    select.setItemLabelGenerator(level -> level + " – " + getTranslation(levelPrefix + level));
    return select;
  }

  private void fill(Risk risk) {
    title.setValue(risk.title());
    description.setValue(risk.description() == null ? "" : risk.description());
    category.setValue(risk.category());
    likelihood.setValue(risk.likelihood());
    impact.setValue(risk.impact());
    owner.setValue(risk.owner() == null ? "" : risk.owner());
    mitigation.setValue(risk.mitigation() == null ? "" : risk.mitigation());
    status.setValue(risk.status());
    version = risk.version();
  }

  @Override
  protected boolean valid() {
    return Check.all(checks);
  }

  @Override
  protected String submit() {
    RiskRecord record =
        new RiskRecord(title.getValue(), description.getValue(), category.getValue(), likelihood.getValue(), impact.getValue(),
            owner.getValue(), mitigation.getValue(), status.getValue());
    if (editing == null) {
      services.risks().add(context.missionId(), record);
    } else {
      services.risks().revise(context.missionId(), editing.id(), version, record);
    }
    return record.title();
  }

  @Override
  protected Optional<Component> storedVersion() {
    if (editing == null) {
      return Optional.empty();
    }
    stored = services.risks().get(context.missionId(), editing.id());
    return Optional.of(new Div(
        new Paragraph(stored.title() + " · " + getTranslation("riskCategory." + stored.category().name())),
        new Paragraph(getTranslation("risks.column.likelihood") + " " + stored.likelihood() + " · " + getTranslation("risks.column.impact") + " "
            + stored.impact() + " · " + getTranslation("riskStatus." + stored.status().name())),
        new Paragraph(stored.mitigation() == null ? "" : stored.mitigation())));
  }

  @Override
  protected void adopt() {
    fill(stored);
  }

  @Override
  protected void rebase() {
    version = stored.version();
  }
}
