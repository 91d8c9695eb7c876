package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.DependencyKind;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.Forms.DependencyForm;
import org.missionhub.plugin.roadmap.service.Forms.ItemForm;
import org.missionhub.plugin.roadmap.service.RoadmapService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Makes one item of the roadmap wait for another: predecessor, successor and how. */
final class DependencyDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  DependencyDialog(RoadmapService roadmap, Portfolio portfolio, Runnable saved) {
    setId("roadmap-dependency-dialog");
    setHeaderTitle(getTranslation("roadmap.dependency.add"));
    Map<ItemRef, String> labels = new LinkedHashMap<>();
    portfolio.initiatives().forEach(i -> labels.put(ItemRef.initiative(i.id()), i.title()));
    portfolio.milestones().forEach(m -> labels.put(ItemRef.milestone(m.id()), "◆ " + m.title() + " (" + m.due() + ")"));
    List<ItemRef> items = new ArrayList<>(labels.keySet());
    Select<ItemRef> predecessor = select("roadmap-dependency-predecessor", "roadmap.field.predecessor", items, labels);
    Select<ItemRef> successor = select("roadmap-dependency-successor", "roadmap.field.successor", items, labels);
    Select<DependencyKind> kind = new Select<>();
    kind.setId("roadmap-dependency-kind");
    kind.setLabel(getTranslation("roadmap.field.kind"));
    kind.setItems(DependencyKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("roadmap.dependency." + k.name()));
    kind.setValue(DependencyKind.FINISH_TO_START);
    add(new FormLayout(predecessor, successor, kind));
    Button save = new Button(getTranslation("roadmap.save"), click -> {
      try {
        roadmap.addDependency(new DependencyForm(item(predecessor.getValue()), item(successor.getValue()), kind.getValue().name()));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("predecessor", predecessor, "successor", successor, "kind", kind));
      }
    });
    save.setId("roadmap-dependency-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()), save);
  }

  private Select<ItemRef> select(String id, String label, List<ItemRef> items, Map<ItemRef, String> labels) {
    Select<ItemRef> select = new Select<>();
    select.setId(id);
    select.setLabel(getTranslation(label));
    select.setItems(items);
    select.setItemLabelGenerator(labels::get);
    return select;
  }

  private static ItemForm item(ItemRef item) {
    return item == null ? null : new ItemForm(item.kind().name(), item.id());
  }
}
