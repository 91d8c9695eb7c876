package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.missionhub.core.workshop.domain.WorkshopParticipant;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.ui.components.Feedback;

/**
 * The breakout groups, each with its people and their organisations; the person's own marked. During the breakout
 * a facilitator deals the groups again or moves someone by hand.
 */
final class GroupsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  GroupsPanel(WorkshopPage page, String viewer) {
    setPadding(false);
    setId("workshop-groups");
    add(new H3(getTranslation("workshop.groups")));
    Map<Integer, List<WorkshopParticipant>> groups = page.results().groups(page.host(), page.workshopId());
    boolean arranging = page.state().canFacilitate() && page.workshop().phase() == WorkshopPhase.BREAKOUT;
    if (arranging) {
      Button again = new Button(getTranslation("workshop.regroup"), click -> {
        if (Feedback.attempt(() -> page.results().regroup(page.host(), page.workshopId()))) {
          page.changed().run();
        }
      });
      again.setId("workshop-regroup");
      add(again);
    }
    FlexLayout all = new FlexLayout();
    all.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    all.getStyle().set("gap", "var(--lumo-space-l)");
    int next = groups.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    groups.forEach((number, members) -> {
      Div group = new Div();
      group.setId("workshop-group-" + number);
      boolean mine = members.stream().anyMatch(m -> m.person().subject().equals(viewer));
      group.add(new H4(getTranslation(mine ? "workshop.groupMine" : "workshop.group", number)));
      UnorderedList people = new UnorderedList();
      for (WorkshopParticipant member : members) {
        ListItem item = new ListItem(member.person().displayName() + " (" + member.organisation().name() + ")");
        if (arranging) {
          Select<Integer> move = new Select<>();
          move.setAriaLabel(getTranslation("workshop.moveMember", member.person().displayName()));
          move.setItems(IntStream.rangeClosed(1, next).boxed().toList());
          move.setItemLabelGenerator(n -> getTranslation("workshop.group", n));
          move.setValue(number);
          move.addValueChangeListener(change -> {
            if (change.isFromClient() && Feedback.attempt(() -> page.results().move(page.host(), page.workshopId(), member.person().subject(), change.getValue()))) {
              page.changed().run();
            }
          });
          item.add(move);
        }
        people.add(item);
      }
      group.add(people);
      all.add(group);
    });
    add(all);
  }
}
