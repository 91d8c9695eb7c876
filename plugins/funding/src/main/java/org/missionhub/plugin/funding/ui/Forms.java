package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/** What the funding dialogs build alike. */
final class Forms {

  private Forms() {}

  /** A choice of the roadmap's initiatives, by title. */
  static Select<PortfolioInitiative> initiatives(String id, String label, List<PortfolioInitiative> initiatives) {
    Select<PortfolioInitiative> select = new Select<>();
    select.setId(id);
    select.setLabel(label);
    select.setItems(initiatives);
    select.setItemLabelGenerator(PortfolioInitiative::title);
    return select;
  }
}
