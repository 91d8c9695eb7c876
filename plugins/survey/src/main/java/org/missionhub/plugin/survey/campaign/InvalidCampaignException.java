package org.missionhub.plugin.survey.campaign;

import java.util.List;
import org.missionhub.api.plugin.PluginProblem.FieldError;

/** Campaign settings that break the rules, every broken rule named by its field (answered 400). */
public class InvalidCampaignException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidCampaignException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
