package org.missionhub.plugin.survey.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationType;

/**
 * A synthetic but plausible population for the benchmark campaign, from a seed: organisations (type, one
 * of 40 countries, size), their missions (phase, governance mode, challenge area) and, for each respondent,
 * answers to the needs-assessment template that follow its rules and lean the way the workshop's findings
 * do. The distributions are skewed on purpose: a few big countries and many small ones, a few big
 * organisations and many small ones, rare options (impact investment, "other") — so that some breakdown
 * cells are small and disclosure control has real work.
 */
final class BenchPopulation {

  /** 40 countries, most respondents first (a Zipf-like share of the organisations each). */
  static final List<String> COUNTRIES =
      List.of(
          "DE", "FR", "GB", "NL", "DK", "ES", "IT", "SE", "US", "FI", "NO", "AT", "BE", "CA", "IE", "PL", "PT", "CH", "AU", "NZ",
          "JP", "KR", "CL", "CO", "MX", "BR", "ZA", "KE", "EE", "LV", "LT", "SI", "SK", "CZ", "HU", "GR", "IS", "LU", "IL", "SG");

  private static final Set<String> EU =
      Set.of("DE", "FR", "NL", "DK", "ES", "IT", "SE", "FI", "AT", "BE", "IE", "PL", "PT", "EE", "LV", "LT", "SI", "SK", "CZ", "HU", "GR", "LU");

  /** An organisation, its missions and how many of its people answer. */
  record Organisation(OrganisationFacts facts, List<MissionFacts> missions, int respondents) {}

  private static final String[] REFLECTIONS = {
    "Keeping the partners together over several budget years is the hardest part.",
    "We need better data to show progress to the board.",
    "The mission gave us a shared language across departments.",
    "Political change put the mission on hold for six months.",
    "Citizens' panels changed how we framed the target.",
    "More peer exchange with other missions would help.",
  };
  private static final String[] OTHER_TEXTS = {"Social enterprise", "Cooperative", "Hospital trust", "Think tank", "Network of cities", "Housing association"};

  private final Random random;

  BenchPopulation(long seed) {
    this.random = new Random(seed);
  }

  /** A UUID from the seeded generator (version 4 layout), so that every run writes the same ids. */
  UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The organisations, with sizes adding up to {@code respondents}. */
  List<Organisation> organisations(int count, int respondents) {
    double[] countryWeights = new double[COUNTRIES.size()];
    for (int i = 0; i < countryWeights.length; i++) {
      countryWeights[i] = 1 / Math.pow(i + 1, 1.25);
    }
    OrganisationType[] types = OrganisationType.values();
    // NATIONAL_GOVERNMENT, REGIONAL_GOVERNMENT, LOCAL_GOVERNMENT, NGO, FOUNDATION, PRIVATE_SECTOR, ACADEMIA, INTERNATIONAL
    double[] typeWeights = {14, 10, 26, 15, 6, 12, 13, 4};
    // Sizes: log-normal (many small organisations, a few very big ones), scaled to the total.
    double[] raw = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      raw[i] = Math.exp(1.7 * random.nextGaussian());
      sum += raw[i];
    }
    int[] sizes = new int[count];
    int assigned = 0;
    for (int i = 0; i < count; i++) {
      sizes[i] = Math.max(1, (int) Math.floor(raw[i] / sum * respondents));
      assigned += sizes[i];
    }
    for (int i = 0; assigned != respondents; i = (i + 1) % count) {
      int step = assigned < respondents ? 1 : (sizes[i] > 1 ? -1 : 0);
      sizes[i] += step;
      assigned += step;
    }
    List<Organisation> organisations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OrganisationType type = types[pick(typeWeights)];
      String country = COUNTRIES.get(pick(countryWeights));
      OrganisationId id = new OrganisationId(uuid());
      OrganisationFacts facts = new OrganisationFacts(id, "bench-org-" + i, "Benchmark organisation " + i, type, country);
      int missionCount = Math.max(1, Math.min(40, (int) Math.round(Math.sqrt(sizes[i]) / 4)));
      List<MissionFacts> missions = new ArrayList<>();
      for (int m = 0; m < missionCount; m++) {
        missions.add(new MissionFacts(new MissionId(uuid()), "Mission " + i + "." + m, id, area(type), mode(type), phase()));
      }
      organisations.add(new Organisation(facts, missions, sizes[i]));
    }
    return organisations;
  }

  /** A respondent's mission: the first missions of an organisation have the most people. */
  MissionFacts missionOf(Organisation organisation) {
    List<MissionFacts> missions = organisation.missions();
    int m = (int) Math.floor(missions.size() * Math.pow(random.nextDouble(), 2));
    return missions.get(Math.min(m, missions.size() - 1));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** One respondent's answers, keyed as the answering API keys them; only questions the respondent is shown. */
  Map<String, List<String>> answers(OrganisationFacts organisation, MissionFacts mission) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    OrganisationType type = organisation.type();
    boolean involved = random.nextDouble() < (type == OrganisationType.PRIVATE_SECTOR ? 0.78 : 0.9);
    answers.put("involved", List.of(involved ? "yes" : "no"));
    if (involved) {
      double[] roles = {10, 20, 5, 38, 27}; // leader, coordinator, initiator, implementer, participant
      switch (type) {
        case NATIONAL_GOVERNMENT, REGIONAL_GOVERNMENT, LOCAL_GOVERNMENT -> roles[0] += 6;
        case FOUNDATION -> roles[2] += 12;
        case INTERNATIONAL_ORGANISATION -> roles[1] += 15;
        default -> {}
      }
      answers.put("role", List.of(choose(roles, "leader", "coordinator", "initiator", "implementer", "participant")));
    }
    answers.put("country", List.of(random.nextDouble() < 0.96 ? organisation.country() : COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
    double kind = random.nextDouble();
    if (kind < 0.015) {
      answers.put("organisation_type", List.of("other"));
      answers.put("organisation_type_other", List.of(OTHER_TEXTS[random.nextInt(OTHER_TEXTS.length)]));
    } else {
      OrganisationType said = kind < 0.03 ? OrganisationType.values()[random.nextInt(OrganisationType.values().length)] : type;
      answers.put("organisation_type", List.of(typeCode(said)));
    }
    if (involved) {
      GovernanceMode mode = mission.governanceMode();
      boolean topDown = mode == GovernanceMode.HYBRID ? random.nextBoolean() : (mode == GovernanceMode.TOP_DOWN) == (random.nextDouble() < 0.88);
      answers.put("setting", List.of(topDown ? "top_down" : "bottom_up"));
      String phase =
          random.nextDouble() < 0.08
              ? List.of("getting_started", "middle", "end").get(random.nextInt(3))
              : switch (mission.phase()) {
                case GETTING_STARTED -> "getting_started";
                case IN_PROGRESS -> "middle";
                case EVALUATING, CLOSED -> "end";
              };
      answers.put("phase", List.of(phase));
      String field = fieldCode(mission.challengeArea());
      if (random.nextDouble() < 0.1) {
        field = List.of("climate_environment", "health_wellbeing", "social_inclusion", "digital", "circular_economy", "mobility", "food_systems", "education").get(random.nextInt(8));
      }
      answers.put("challenge_field", List.of(field));
      if (field.equals("other")) {
        answers.put("challenge_field_other", List.of(random.nextBoolean() ? "Housing" : "Water"));
      }
      // The workshop's finding: targets are clear more often than monitoring and evaluation plans.
      double stage = mission.phase() == MissionPhase.GETTING_STARTED ? -0.4 : 0.2;
      scale(answers, "characteristics.clear_target", 3.6 + stage);
      scale(answers, "characteristics.monitoring_plan", 2.5 + stage);
      scale(answers, "characteristics.common_goal", 3.4);
      scale(answers, "characteristics.portfolio", 3.0 + stage);
      scale(answers, "characteristics.committed_support", mode == GovernanceMode.TOP_DOWN ? 3.6 : 3.0);
      choices(answers, "external_drivers", new String[] {"collaboration", "global_challenges", "economic", "direction", "individuals", "other"}, 0.55, 0.45, 0.18, 0.35, 0.25, 0.02);
      choices(answers, "internal_drivers", new String[] {"strategy", "policy", "impact", "capacity", "method", "other"}, 0.5, 0.4, 0.35, 0.2, 0.15, 0.02);
      boolean government = type == OrganisationType.NATIONAL_GOVERNMENT || type == OrganisationType.REGIONAL_GOVERNMENT || type == OrganisationType.LOCAL_GOVERNMENT;
      boolean eu = EU.contains(organisation.country());
      choices(
          answers,
          "funding_sources",
          new String[] {"national_state", "regional", "local", "eu", "philanthropic", "impact_investment", "private", "own_budget", "other"},
          type == OrganisationType.NATIONAL_GOVERNMENT ? 0.75 : government ? 0.4 : 0.2,
          type == OrganisationType.REGIONAL_GOVERNMENT ? 0.65 : type == OrganisationType.LOCAL_GOVERNMENT ? 0.2 : 0.06,
          type == OrganisationType.LOCAL_GOVERNMENT ? 0.7 : 0.05,
          eu ? 0.3 : 0.015,
          type == OrganisationType.FOUNDATION ? 0.8 : type == OrganisationType.NGO ? 0.4 : 0.04,
          type == OrganisationType.PRIVATE_SECTOR ? 0.1 : type == OrganisationType.FOUNDATION ? 0.06 : 0.008,
          type == OrganisationType.PRIVATE_SECTOR ? 0.75 : 0.05,
          0.45,
          0.02);
    }
    choices(
        answers, "risks", new String[] {"silos", "momentum", "committed_support", "reliance_on_individuals", "other"},
        0.55, 0.5, mission.governanceMode() == GovernanceMode.BOTTOM_UP ? 0.5 : 0.3, 0.2, 0.02);
    choices(answers, "challenges", new String[] {"aligning_resources", "organisational_models", "budget_cycles", "other"}, 0.55, 0.45, 0.4, 0.03);
    choices(
        answers, "help_needed", new String[] {"data_insights", "portfolio_agility", "roadmap", "evaluation", "governance", "experimentation", "other"},
        0.4, 0.25, 0.3, 0.45, 0.3, 0.2, 0.02);
    if (random.nextDouble() < 0.12) {
      answers.put("reflections", List.of(REFLECTIONS[random.nextInt(REFLECTIONS.length)]));
    }
    return answers;
  }

  /** A matrix item on the 1-5 agreement scale around a mean; 3% leave it out. */
  private void scale(Map<String, List<String>> answers, String key, double mean) {
    if (random.nextDouble() < 0.03) {
      return;
    }
    long point = Math.round(mean + 1.0 * random.nextGaussian());
    answers.put(key, List.of(Long.toString(Math.max(1, Math.min(5, point)))));
  }

  /** A multiple choice: each option ticked with its own probability; none ticked leaves the question out. */
  private void choices(Map<String, List<String>> answers, String code, String[] options, double... chances) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < options.length; i++) {
      if (random.nextDouble() < chances[i]) {
        chosen.add(options[i]);
      }
    }
    if (chosen.isEmpty()) {
      return;
    }
    answers.put(code, List.copyOf(chosen));
    if (chosen.contains("other")) {
      answers.put(code + "_other", List.of(OTHER_TEXTS[random.nextInt(OTHER_TEXTS.length)]));
    }
  }

  private String choose(double[] weights, String... codes) {
    return codes[pick(weights)];
  }

  private int pick(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private ChallengeArea area(OrganisationType type) {
    // CLIMATE_ENVIRONMENT, HEALTH_WELLBEING, SOCIAL_INCLUSION, DIGITAL, CIRCULAR_ECONOMY, MOBILITY, FOOD_SYSTEMS, EDUCATION, OTHER
    double[] weights = {28, 18, 12, 10, 9, 8, 6, 6, 3};
    if (type == OrganisationType.LOCAL_GOVERNMENT) {
      weights[5] += 8;
    } else if (type == OrganisationType.NGO) {
      weights[2] += 10;
    } else if (type == OrganisationType.ACADEMIA) {
      weights[7] += 6;
    }
    return ChallengeArea.values()[pick(weights)];
  }

  private GovernanceMode mode(OrganisationType type) {
    boolean government = type == OrganisationType.NATIONAL_GOVERNMENT || type == OrganisationType.REGIONAL_GOVERNMENT;
    return GovernanceMode.values()[pick(government ? new double[] {65, 15, 20} : new double[] {35, 40, 25})];
  }

  private MissionPhase phase() {
    return MissionPhase.values()[pick(new double[] {35, 45, 15, 5})];
  }

  private static String typeCode(OrganisationType type) {
    return switch (type) {
      case NATIONAL_GOVERNMENT -> "national_government";
      case REGIONAL_GOVERNMENT -> "regional_government";
      case LOCAL_GOVERNMENT -> "local_government";
      case NGO -> "ngo";
      case FOUNDATION -> "foundation";
      case PRIVATE_SECTOR -> "private";
      case ACADEMIA -> "academia";
      case INTERNATIONAL_ORGANISATION -> "international";
    };
  }

  private static String fieldCode(ChallengeArea area) {
    return area == ChallengeArea.OTHER ? "other" : area.name().toLowerCase(java.util.Locale.ROOT);
  }
}
