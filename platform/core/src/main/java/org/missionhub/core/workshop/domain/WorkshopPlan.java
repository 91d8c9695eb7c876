package org.missionhub.core.workshop.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a facilitator prepares: a title, the prompts people post notes for ("What makes a good mission?"), whether
 * notes are anonymous, how many dots each person may spend, and how large the breakout groups are; for a workshop
 * the platform hosts, the slugs of the organisations whose people take part.
 */
public record WorkshopPlan(
    @NotBlank @Size(max = 200) String title,
    @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> prompts,
    boolean anonymous,
    @NotNull @Min(1) @Max(20) Integer dotsPerPerson,
    @NotNull @Min(2) @Max(12) Integer groupSize,
    @Size(max = 1000) List<@NotBlank String> organisations) {
  // one constructor only: JSON-B reads the request body through it

  /** The prompts as written, stripped. */
  public List<String> cleanPrompts() {
    return prompts.stream().map(String::strip).toList();
  }
}
