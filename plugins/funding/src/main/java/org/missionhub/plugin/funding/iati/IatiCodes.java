package org.missionhub.plugin.funding.iati;

import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.plugin.funding.model.Instrument;

/**
 * MissionHub's values in the IATI 2.03 codelists. Every mapping is total for the values MissionHub has
 * today; a value without a code (a roadmap lifecycle added later, a currency that is not money) is empty,
 * which the export reports as a problem naming the item rather than writing an invalid file.
 */
final class IatiCodes {

  /** {@code OrganisationRole}: the funders, the lead (accountable), the partners (implementing). */
  static final String FUNDING = "1";
  static final String ACCOUNTABLE = "2";
  static final String IMPLEMENTING = "4";

  /** {@code RelatedActivityType}: the mission is the initiatives' parent, they are its children. */
  static final String PARENT = "1";
  static final String CHILD = "2";

  /** {@code ActivityDateType}: planned start and planned end. */
  static final String PLANNED_START = "1";
  static final String PLANNED_END = "3";

  /** {@code BudgetType} original, {@code BudgetStatus} indicative: a need is the plan's estimate, not an appropriation. */
  static final String ORIGINAL = "1";
  static final String INDICATIVE = "1";

  /** {@code SectorVocabulary} 2: the OECD DAC's three-digit sector codes. */
  static final String DAC_3 = "2";

  private static final Map<OrganisationType, String> ORGANISATION_TYPES = Map.of(
      OrganisationType.NATIONAL_GOVERNMENT, "10",
      OrganisationType.REGIONAL_GOVERNMENT, "11",
      OrganisationType.LOCAL_GOVERNMENT, "11",
      OrganisationType.NGO, "22",
      OrganisationType.FOUNDATION, "60",
      OrganisationType.PRIVATE_SECTOR, "70",
      OrganisationType.ACADEMIA, "80",
      OrganisationType.INTERNATIONAL_ORGANISATION, "40");

  private static final Map<MissionPhase, String> MISSION_STATUS = Map.of(
      MissionPhase.GETTING_STARTED, "1", MissionPhase.IN_PROGRESS, "2", MissionPhase.EVALUATING, "3", MissionPhase.CLOSED, "4");

  /** The roadmap's lifecycles as {@code ActivityStatus}: 1 pipeline, 2 implementation, 4 closed, 5 cancelled, 6 suspended. */
  private static final Map<String, String> INITIATIVE_STATUS = Map.of(
      "IDEA", "1", "PROPOSED", "1", "ACTIVE", "2", "PAUSED", "6", "COMPLETED", "4", "STOPPED", "5");

  /** {@code FinanceType}: 110 standard grant, 410 loan, 510 common equity; other instruments have none. */
  private static final Map<Instrument, String> FINANCE_TYPES = Map.of(Instrument.GRANT, "110", Instrument.LOAN, "410", Instrument.EQUITY, "510");

  /** The challenge areas that have a DAC sector (OTHER has none: no sector is written). */
  private static final Map<ChallengeArea, String> SECTORS = Map.of(
      ChallengeArea.CLIMATE_ENVIRONMENT, "410",
      ChallengeArea.HEALTH_WELLBEING, "120",
      ChallengeArea.SOCIAL_INCLUSION, "160",
      ChallengeArea.DIGITAL, "220",
      ChallengeArea.CIRCULAR_ECONOMY, "410",
      ChallengeArea.MOBILITY, "210",
      ChallengeArea.FOOD_SYSTEMS, "311",
      ChallengeArea.EDUCATION, "110");

  private IatiCodes() {}

  static String organisationType(OrganisationType type) {
    return ORGANISATION_TYPES.get(type);
  }

  static String missionStatus(MissionPhase phase) {
    return MISSION_STATUS.get(phase);
  }

  static Optional<String> initiativeStatus(String lifecycle) {
    return Optional.ofNullable(INITIATIVE_STATUS.get(lifecycle));
  }

  static Optional<String> financeType(Instrument instrument) {
    return Optional.ofNullable(FINANCE_TYPES.get(instrument));
  }

  static Optional<String> sector(ChallengeArea area) {
    return Optional.ofNullable(SECTORS.get(area));
  }
}
