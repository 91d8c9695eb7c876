package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.model.Coverage;

/**
 * The workspace's "Monitoring and evaluation" widget: how many of the organisation's missions have an approved
 * M&E plan, beside the seed's 11%, the share of the values due that were reported, and the missions still
 * without a plan.
 */
public class CoverageWidget extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  static final int LISTED = 5;

  public CoverageWidget(EvaluationPlugin plugin, OrganisationScope scope) {
    setId("evaluation-coverage");
    setPadding(false);
    setSpacing(false);
    Coverage coverage = plugin.coverage().read(scope, LocalDate.now(plugin.context().clock()));
    Paragraph plans = new Paragraph(coverage.missions() == 0
        ? getTranslation("evaluation.coverage.noMissions")
        : getTranslation("evaluation.coverage.plans", coverage.withPlan(), coverage.missions(), coverage.planShare().orElse(0)));
    plans.setId("evaluation-coverage-plans");
    add(plans);
    if (coverage.reportedShare().isPresent()) {
      Paragraph reported = new Paragraph(getTranslation("evaluation.coverage.reported", coverage.reportedShare().getAsInt()));
      reported.setId("evaluation-coverage-reported");
      add(reported);
    }
    if (!coverage.withoutPlan().isEmpty()) {
      add(new Paragraph(getTranslation("evaluation.coverage.without")));
      UnorderedList without = new UnorderedList();
      without.setId("evaluation-coverage-without");
      coverage.withoutPlan().stream().limit(LISTED).forEach(title -> without.add(new ListItem(title)));
      if (coverage.withoutPlan().size() > LISTED) {
        without.add(new ListItem(getTranslation("evaluation.coverage.more", coverage.withoutPlan().size() - LISTED)));
      }
      add(without);
    }
  }
}
