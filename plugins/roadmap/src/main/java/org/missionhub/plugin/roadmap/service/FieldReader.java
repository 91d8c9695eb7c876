package org.missionhub.plugin.roadmap.service;

import java.math.BigDecimal;
import org.missionhub.api.plugin.FormFields;

/**
 * Reads a roadmap form's fields with the contract's {@link FormFields} (every problem named by its field,
 * contract 1.5.0), and the roadmap's own kind of number: a budget amount.
 */
final class FieldReader extends FormFields {

  /** An amount of at least 0, with at most 15 digits before the point and 4 after (the budget columns). */
  BigDecimal amount(String field, String value) {
    return decimal(field, value, false, 15, 4, false);
  }
}
