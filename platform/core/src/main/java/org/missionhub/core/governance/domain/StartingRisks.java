package org.missionhub.core.governance.domain;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;

/**
 * The risks mission practitioners name most (the OECD / Danish Design Centre survey: silos, losing
 * momentum, lack of committed support, budget cycles that do not fit), proposed to every new mission's
 * register so that no mission starts with an empty one. They are {@link RiskStatus#PROPOSED}: counted
 * nowhere until someone managing the risks accepts or dismisses each. Written in the language of the person
 * creating the mission (English, French or Danish), since they become the mission's own text.
 */
public final class StartingRisks {

  private static final String BUNDLE = "org/missionhub/core/governance/domain/starting-risks";

  private static final List<String> LANGUAGES = List.of("en", "fr", "da");

  /** Category, likelihood and impact of each proposal; the texts come from the bundle by category. */
  private record Proposal(RiskCategory category, int likelihood, int impact) {}

  private static final List<Proposal> PROPOSALS =
      List.of(
          new Proposal(RiskCategory.SILOS, 4, 3),
          new Proposal(RiskCategory.LOSS_OF_MOMENTUM, 3, 4),
          new Proposal(RiskCategory.LACK_OF_COMMITTED_SUPPORT, 3, 4),
          new Proposal(RiskCategory.MISALIGNED_BUDGETS, 4, 3));

  private StartingRisks() {}

  /** The proposals, written in {@code language} (English unless French or Danish). */
  public static List<RiskRecord> in(Locale language) {
    ResourceBundle texts =
        ResourceBundle.getBundle(BUNDLE, supported(List.of(language)), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return PROPOSALS.stream()
        .map(p -> {
          String key = p.category().name().toLowerCase(Locale.ROOT);
          return new RiskRecord(
              texts.getString(key + ".title"), texts.getString(key + ".description"), p.category(), p.likelihood(), p.impact(), null,
              texts.getString(key + ".mitigation"), RiskStatus.PROPOSED);
        })
        .toList();
  }

  /** The first of the languages asked for (an Accept-Language list, say) that the proposals are written in. */
  public static Locale supported(List<Locale> asked) {
    return asked.stream()
        .filter(l -> l != null && LANGUAGES.contains(l.getLanguage()))
        .findFirst()
        .map(l -> Locale.forLanguageTag(l.getLanguage()))
        .orElse(Locale.ROOT);
  }
}
