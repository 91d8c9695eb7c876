package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.service.Forms.FunderForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds a funder: an organisation of the mission, or a body outside MissionHub by name; its source and instrument. */
final class FunderDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  FunderDialog(FundingService funding, List<OrganisationFacts> organisations, Runnable saved) {
    setId("funding-funder-dialog");
    setHeaderTitle(getTranslation("funding.funder.add"));
    Select<OrganisationFacts> organisation = new Select<>();
    organisation.setId("funding-funder-organisation");
    organisation.setLabel(getTranslation("funding.funder.organisation"));
    organisation.setItems(organisations);
    organisation.setEmptySelectionAllowed(true);
    organisation.setEmptySelectionCaption(getTranslation("funding.funder.outside"));
    organisation.setItemLabelGenerator(o -> o == null ? getTranslation("funding.funder.outside") : o.name());
    TextField name = new TextField(getTranslation("funding.funder.name"));
    name.setId("funding-funder-name");
    name.setHelperText(getTranslation("funding.funder.nameHelp"));
    Select<SourceType> source = new Select<>();
    source.setId("funding-funder-source");
    source.setLabel(getTranslation("funding.funder.source"));
    source.setItems(SourceType.values());
    source.setItemLabelGenerator(s -> getTranslation("funding.source." + s.name()));
    Select<Instrument> instrument = new Select<>();
    instrument.setId("funding-funder-instrument");
    instrument.setLabel(getTranslation("funding.funder.instrument"));
    instrument.setItems(Instrument.values());
    instrument.setItemLabelGenerator(i -> getTranslation("funding.instrument." + i.name()));
    instrument.setValue(Instrument.GRANT);
    add(new FormLayout(organisation, name, source, instrument));
    Button save = new Button(getTranslation("funding.save"), click -> {
      try {
        funding.addFunder(new FunderForm(name.getValue(), organisation.getValue() == null ? null : organisation.getValue().slug(),
            source.getValue() == null ? null : source.getValue().name(), instrument.getValue() == null ? null : instrument.getValue().name()));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("organisation", organisation, "name", name, "sourceType", source, "instrument", instrument));
      }
    });
    save.setId("funding-funder-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
  }
}
