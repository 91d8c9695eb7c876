package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.funding.FundingPlugin;
import org.missionhub.plugin.funding.model.Mix;
import org.missionhub.plugin.funding.service.OrganisationFunding;

/**
 * The organisation's page "Funding mix": where the money of every mission it takes part in comes from, by
 * type of source — the survey's question — one chart and table per currency its missions report in.
 */
public class FundingMixPage extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public FundingMixPage(FundingPlugin plugin, OrganisationScope scope) {
    setId("funding-mix-page");
    setPadding(false);
    add(new Paragraph(getTranslation("funding.mix.pageHelp")));
    List<Mix> mixes = new OrganisationFunding(scope).mixes();
    if (mixes.isEmpty()) {
      add(new Paragraph(getTranslation("funding.mix.none")));
      return;
    }
    for (int n = 0; n < mixes.size(); n++) {
      Mix mix = mixes.get(n);
      add(new H3(getTranslation("funding.mix.currency", mix.currency().getCurrencyCode(), mix.missions())));
      add(new MixSection("funding-mix-" + n, mix));
    }
  }
}
