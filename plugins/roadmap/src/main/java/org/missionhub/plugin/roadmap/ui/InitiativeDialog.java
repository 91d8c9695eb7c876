package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.InitiativeType;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.service.Forms.InitiativeForm;
import org.missionhub.plugin.roadmap.service.InitiativeService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds an initiative, or changes one: its fields, each refusal shown on its field. */
final class InitiativeDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final TextField title = new TextField();
  private final Select<InitiativeType> type = new Select<>();
  private final Select<String> owner = new Select<>();
  private final MultiSelectComboBox<Objective> objectives = new MultiSelectComboBox<>();
  private final DatePicker start = new DatePicker();
  private final DatePicker end = new DatePicker();
  private final Select<Lifecycle> lifecycle = new Select<>();
  private final Select<Rag> rag = new Select<>();
  private final TextField ragReason = new TextField();
  private final TextField budget = new TextField();
  private final TextField currency = new TextField();

  InitiativeDialog(MissionScope scope, InitiativeService initiatives, Portfolio portfolio, Initiative editing, Runnable saved) {
    setId("roadmap-initiative-dialog");
    setHeaderTitle(getTranslation(editing == null ? "roadmap.initiative.add" : "roadmap.initiative.edit"));
    setWidth("44rem");
    Map<String, String> organisations = new LinkedHashMap<>();
    Map<String, String> slugById = new LinkedHashMap<>();
    for (MissionOrganisation o : scope.organisations()) {
      if (o.comanages()) {
        organisations.put(o.organisation().slug(), o.organisation().name());
        slugById.put(o.organisation().id().toString(), o.organisation().slug());
      }
    }
    field(title, "title", "roadmap.field.title");
    field(type, "type", "roadmap.field.type");
    type.setItems(InitiativeType.values());
    type.setItemLabelGenerator(t -> getTranslation("roadmap.type." + t.name()));
    field(owner, "owner", "roadmap.field.owner");
    owner.setItems(organisations.keySet());
    owner.setItemLabelGenerator(organisations::get);
    field(objectives, "objectives", "roadmap.field.objectives");
    objectives.setItems(portfolio.objectives());
    objectives.setItemLabelGenerator(Objective::title);
    field(start, "start", "roadmap.field.start");
    field(end, "end", "roadmap.field.end");
    field(lifecycle, "lifecycle", "roadmap.field.lifecycle");
    lifecycle.setItems(Lifecycle.values());
    lifecycle.setItemLabelGenerator(l -> getTranslation("roadmap.lifecycle." + l.name()));
    field(rag, "rag", "roadmap.field.rag");
    rag.setItems(Rag.values());
    rag.setItemLabelGenerator(r -> getTranslation("roadmap.rag." + r.name()));
    field(ragReason, "ragReason", "roadmap.field.ragReason");
    field(budget, "budget", "roadmap.field.budget");
    field(currency, "currency", "roadmap.field.currency");
    if (editing == null) {
      owner.setValue(slugById.get(scope.organisationId().toString()));
      lifecycle.setValue(Lifecycle.IDEA);
      rag.setValue(Rag.GREEN);
      currency.setValue("EUR");
    } else {
      title.setValue(editing.title());
      type.setValue(editing.type());
      owner.setValue(slugById.get(editing.owner()));
      objectives.setValue(portfolio.objectives().stream().filter(o -> editing.objectives().contains(o.id())).toList());
      start.setValue(editing.start());
      end.setValue(editing.end());
      lifecycle.setValue(editing.lifecycle());
      rag.setValue(editing.rag());
      ragReason.setValue(editing.ragReason() == null ? "" : editing.ragReason());
      if (editing.budget() != null) {
        budget.setValue(editing.budget().amount().toPlainString());
        currency.setValue(editing.budget().currency().getCurrencyCode());
      }
    }
    FormLayout form = new FormLayout(title, type, owner, objectives, start, end, lifecycle, rag, ragReason, budget, currency);
    form.setColspan(title, 2);
    form.setColspan(objectives, 2);
    form.setColspan(ragReason, 2);
    add(form);
    Map<String, HasValidation> byField = Map.ofEntries(
        Map.entry("title", title), Map.entry("type", type), Map.entry("owner", owner), Map.entry("objectives", objectives), Map.entry("start", start),
        Map.entry("end", end), Map.entry("lifecycle", lifecycle), Map.entry("rag", rag), Map.entry("ragReason", ragReason), Map.entry("budget", budget),
        Map.entry("currency", currency));
    Button save = new Button(getTranslation("roadmap.save"), click -> {
      InitiativeForm values = new InitiativeForm(
          title.getValue(), editing == null ? null : editing.description(), name(type.getValue()), owner.getValue(), editing == null ? null : editing.responsibleSubject(),
          editing == null ? List.of() : editing.contributors().stream().map(slugById::get).filter(Objects::nonNull).toList(),
          objectives.getValue().stream().map(Objective::id).toList(), date(start.getValue()), date(end.getValue()),
          editing == null || editing.horizonOverride() == null ? null : editing.horizonOverride().name(), editing == null ? null : editing.horizonReason(),
          name(lifecycle.getValue()), name(rag.getValue()), ragReason.getValue(), budget.getValue(), budget.getValue().isBlank() ? null : currency.getValue(),
          editing == null ? List.of() : editing.tags());
      try {
        if (editing == null) {
          initiatives.add(values);
        } else {
          initiatives.update(editing.id(), editing.revision(), values);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, byField);
      }
    });
    save.setId("roadmap-initiative-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()), save);
  }

  private <F extends Component & HasLabel> void field(F field, String id, String label) {
    field.setLabel(getTranslation(label));
    field.setId("roadmap-initiative-" + id);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
