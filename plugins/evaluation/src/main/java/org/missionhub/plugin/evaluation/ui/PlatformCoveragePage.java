package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.model.PlatformCoverage;

/** The benchmark analyst's page "M&E coverage": the seed's 11%, measured live across the platform. */
public class PlatformCoveragePage extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public PlatformCoveragePage(EvaluationPlugin plugin, PlatformScope scope) {
    setId("evaluation-platform-coverage");
    PlatformCoverage coverage = plugin.platformCoverage().read(scope);
    add(new Paragraph(getTranslation("evaluation.platform.intro")));
    PlatformCoverage.Share overall = coverage.overall();
    Paragraph all = new Paragraph(getTranslation("evaluation.platform.overall", overall.withPlan(), overall.missions(), overall.percent().orElse(0)));
    all.setId("evaluation-platform-overall");
    add(all, new H3(getTranslation("evaluation.platform.byType")));
    UnorderedList groups = new UnorderedList();
    groups.setId("evaluation-platform-by-type");
    for (PlatformCoverage.Share share : coverage.byLeadType()) {
      groups.add(new ListItem(getTranslation("evaluation.platform.group", getTranslation("evaluation.orgtype." + share.group()), share.withPlan(), share.missions(),
          share.percent().orElse(0))));
    }
    add(groups);
  }
}
