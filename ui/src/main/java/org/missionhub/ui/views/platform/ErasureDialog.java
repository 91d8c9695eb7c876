package org.missionhub.ui.views.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.missionhub.core.erasure.application.ErasureOutcome;
import org.missionhub.core.erasure.application.ErasurePlan;
import org.missionhub.core.erasure.application.ErasureRequest;
import org.missionhub.core.erasure.application.OrganisationErasureService;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.ui.components.Feedback;

/**
 * Erasing a suspended organisation: the plan in words (what goes, what is handed over, what stays without
 * its name), a choice of successor for each mission it leads with partners, and its slug typed as
 * confirmation. Field problems are shown on their field; anything else as a notice.
 */
final class ErasureDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationErasureService erasure;
  private final transient ErasurePlan plan;
  private final transient Runnable done;
  private final Map<String, Select<String>> successors = new LinkedHashMap<>();
  private final TextField confirm = new TextField();

  ErasureDialog(OrganisationErasureService erasure, String slug, Runnable done) {
    this.erasure = erasure;
    this.plan = erasure.plan(slug);
    this.done = done;
    setId("erasure-dialog");
    setHeaderTitle(getTranslation("erasure.title", plan.name()));
    setWidth("48rem");
    add(new Paragraph(getTranslation("erasure.intro")));
    add(new Paragraph(getTranslation("erasure.summary", plan.members(), plan.invitations(), plan.partnershipsLeft(), plan.commentsAnonymised())));
    add(new H4(getTranslation("erasure.handOvers")));
    if (plan.handOvers().isEmpty()) {
      add(new Paragraph(getTranslation("erasure.none")));
    }
    for (ErasurePlan.LedMission mission : plan.handOvers()) {
      Select<String> successor = new Select<>();
      successor.setId("handover-" + mission.id());
      successor.setLabel(mission.title());
      Map<String, String> names = mission.partners().stream().collect(Collectors.toMap(ErasurePlan.Partner::slug, ErasurePlan.Partner::name, (a, b) -> a, LinkedHashMap::new));
      successor.setItems(names.keySet());
      successor.setItemLabelGenerator(partner -> names.get(partner) + " (" + partner + ")");
      successor.setWidthFull();
      if (names.size() == 1) {
        successor.setValue(names.keySet().iterator().next());
      }
      successors.put(mission.id(), successor);
      add(successor);
    }
    add(new H4(getTranslation("erasure.deleted")), list(plan.deletedMissions().stream().map(ErasurePlan.LedMission::title).toList()));
    add(new H4(getTranslation("erasure.plugins")), list(plan.plugins().stream().flatMap(this::held).toList()));
    List<String> notRunning = plan.plugins().stream().filter(p -> p.problem() != null).map(ErasurePlan.PluginData::pluginId).toList();
    if (!notRunning.isEmpty()) {
      add(new Paragraph(getTranslation("erasure.notRunning", String.join(", ", notRunning))));
    }
    confirm.setId("erasure-confirm");
    confirm.setLabel(getTranslation("erasure.confirm", plan.slug()));
    confirm.setWidthFull();
    add(confirm);
    Button erase = new Button(getTranslation("erasure.submit"), click -> erase());
    erase.setId("erasure-submit");
    erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("members.cancel"), click -> close()), erase);
  }

  private void erase() {
    confirm.setInvalid(false);
    successors.values().forEach(s -> s.setInvalid(false));
    Map<String, String> handovers = new LinkedHashMap<>();
    successors.forEach((mission, select) -> {
      if (select.getValue() != null) {
        handovers.put(mission, select.getValue());
      }
    });
    try {
      ErasureOutcome outcome = erasure.erase(plan.slug(), plan.version(), new ErasureRequest(confirm.getValue(), handovers));
      Feedback.success(getTranslation(outcome.complete() ? "erasure.done" : "erasure.unfinished", plan.name()));
      close();
      done.run();
    } catch (ApplicationException e) {
      if (e.fieldErrors().isEmpty()) {
        Feedback.failure(e);
      }
      e.fieldErrors().forEach(this::show);
    } catch (ConstraintViolationException e) {
      confirm.setErrorMessage(e.getConstraintViolations().iterator().next().getMessage());
      confirm.setInvalid(true);
    }
  }

  private void show(FieldError error) {
    if ("confirm".equals(error.field())) {
      confirm.setErrorMessage(error.message());
      confirm.setInvalid(true);
      return;
    }
    Select<String> select = successors.get(error.field().replaceFirst("^handovers\\.", ""));
    if (select != null) {
      select.setErrorMessage(error.message());
      select.setInvalid(true);
    }
  }

  /** What a running plugin holds, one line per kind it has items of. */
  private Stream<String> held(ErasurePlan.PluginData data) {
    return data.holdings().stream().filter(h -> h.items() > 0).map(h -> data.pluginId() + ": " + h.name().in(getLocale()) + " (" + h.items() + ")");
  }

  private UnorderedList list(List<String> items) {
    UnorderedList list = new UnorderedList();
    if (items.isEmpty()) {
      list.add(new ListItem(getTranslation("erasure.none")));
    }
    items.forEach(item -> list.add(new ListItem(item)));
    return list;
  }
}
