package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.WorkshopLink;

/**
 * The peer-exchange workshops on a campaign's results (contract 1.11.0), each a link to its room, which the platform
 * runs; for the analyst, the button that prepares one with the organisations that answered.
 */
final class WorkshopsPanel extends Div {

  private static final long serialVersionUID = 1L;

  /** The workshops an organisation's people may join, or nothing at all when there is none. */
  static Div forOrganisation(String campaignId, List<WorkshopLink> workshops, Locale locale) {
    WorkshopsPanel panel = new WorkshopsPanel(campaignId, workshops, locale);
    if (workshops.isEmpty()) {
      panel.setVisible(false);
    }
    return panel;
  }

  /** The analyst's: every workshop on the results, and the way to prepare one. */
  static Div forAnalyst(String campaignId, List<WorkshopLink> workshops, Locale locale, Runnable prepare) {
    WorkshopsPanel panel = new WorkshopsPanel(campaignId, workshops, locale);
    panel.add(new Paragraph(Words.in("survey.workshops.help", locale)));
    if (workshops.isEmpty()) {
      panel.add(new Paragraph(Words.in("survey.workshops.none", locale)));
    }
    Button create = new Button(Words.in("survey.workshops.prepare", locale), click -> prepare.run());
    create.setId("campaign-workshop-prepare");
    panel.add(create);
    return panel;
  }

  private WorkshopsPanel(String campaignId, List<WorkshopLink> workshops, Locale locale) {
    setId("campaign-workshops-" + campaignId);
    add(new H4(Words.in("survey.workshops", locale)));
    if (!workshops.isEmpty()) {
      UnorderedList list = new UnorderedList();
      for (WorkshopLink workshop : workshops) {
        Anchor link = new Anchor(workshop.link(), workshop.title());
        link.setId("campaign-workshop-" + workshop.id());
        list.add(new ListItem(link));
      }
      add(list);
    }
  }
}
