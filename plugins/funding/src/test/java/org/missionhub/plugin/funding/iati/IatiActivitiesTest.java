package org.missionhub.plugin.funding.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.plugin.evaluation.api.ResultFacts;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Need;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.testkit.IatiSchema;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The IATI 2.03 export of a mission with every kind of flow, validated against the official schema. */
class IatiActivitiesTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 10, 30, 0, 0, ZoneOffset.UTC);
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency DKK = Currency.getInstance("DKK");

  private final IatiSchema schema = new IatiSchema();
  private final OrganisationFacts ministry = new OrganisationFacts(OrganisationId.of("00000000-0000-4000-8000-000000000001"), "ministry", "Ministry of Social Affairs",
      OrganisationType.NATIONAL_GOVERNMENT, "DK", 1, "DK-CVR-20228799");
  private final OrganisationFacts region = new OrganisationFacts(OrganisationId.of("00000000-0000-4000-8000-000000000002"), "region", "Region Midtjylland",
      OrganisationType.REGIONAL_GOVERNMENT, "DK", 1, null);
  private final MissionId missionId = MissionId.of("00000000-0000-4000-8000-0000000000aa");
  private final MissionFacts facts = new MissionFacts(missionId, "Mental health for young people & their families", ministry.id(), ChallengeArea.HEALTH_WELLBEING,
      GovernanceMode.values()[0], MissionPhase.IN_PROGRESS);
  private final PortfolioInitiative schools = new PortfolioInitiative("i-schools", "Wellbeing in schools", ministry.id(), "ACTIVE", List.of("Early help"),
      "Counsellors in every school <by 2028>", LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31));
  private final PortfolioInitiative clinics = new PortfolioInitiative("i-clinics", "Youth clinics", region.id(), "PROPOSED", List.of(), null, LocalDate.of(2027, 1, 1), null);
  private final PortfolioInitiative unfunded = new PortfolioInitiative("i-idea", "An idea without money", region.id(), "IDEA", List.of(), null, null, null);

  private final Funder state = new Funder("f-state", missionId.toString(), "Ministry of Social Affairs", ministry.id().toString(), SourceType.NATIONAL_STATE, Instrument.GRANT, 1);
  private final Funder foundation = new Funder("f-found", missionId.toString(), "Novo Nordisk Foundation", null, SourceType.PHILANTHROPIC_FOUNDATION, Instrument.GRANT, 1);
  private final Funder investor = new Funder("f-inv", missionId.toString(), "Impact Fund", null, SourceType.IMPACT_INVESTMENT, Instrument.LOAN, 1);
  private final Funder volunteers = new Funder("f-staff", missionId.toString(), "Region Midtjylland", region.id().toString(), SourceType.REGIONAL, Instrument.STAFF_TIME, 1);

  private IatiActivities export(List<MissionOrganisation> organisations, List<PortfolioInitiative> roadmap) {
    return export(organisations, roadmap, ResultsXml.NONE);
  }

  private IatiActivities export(List<MissionOrganisation> organisations, List<PortfolioInitiative> roadmap, ResultsXml results) {
    Rates rates = new Rates(EUR, List.of(new Rates.Rate(DKK, LocalDate.of(2026, 1, 1), new BigDecimal("0.1341"))));
    String m = missionId.toString();
    FundingPlan plan = new FundingPlan(rates, List.of(state, foundation, investor, volunteers),
        List.of(new Need("n1", m, "i-schools", 2027, Money.of("400000.00", "EUR"), 1), new Need("n2", m, "i-clinics", 2027, Money.of("2000000.00", "DKK"), 1)),
        List.of(
            new Flow("t1", m, "f-found", "i-schools", Stage.PLEDGE, LocalDate.of(2026, 9, 1), Money.of("100000.00", "EUR"), false, null, null, "w", 1),
            new Flow("t2", m, "f-state", "i-schools", Stage.COMMITMENT, LocalDate.of(2026, 10, 1), Money.of("250000.00", "EUR"), true, LocalDate.of(2027, 12, 31),
                "Subject to the Finance Act 2027", "w", 1),
            new Flow("t3", m, "f-state", "i-schools", Stage.DISBURSEMENT, LocalDate.of(2026, 11, 1), Money.of("50000.00", "EUR"), false, null, null, "w", 1),
            new Flow("t4", m, "f-state", "i-schools", Stage.EXPENDITURE, LocalDate.of(2026, 11, 20), Money.of("12000.50", "EUR"), false, null, "=cmd|' /C calc'!A0", "w", 1),
            new Flow("t5", m, "f-inv", "i-clinics", Stage.COMMITMENT, LocalDate.of(2026, 11, 15), Money.of("750000.00", "DKK"), false, null, null, "w", 1),
            new Flow("t6", m, "f-staff", "i-clinics", Stage.DISBURSEMENT, LocalDate.of(2026, 12, 1), Money.of("30000.00", "DKK"), false, null, null, "w", 1),
            new Flow("t7", m, "f-found", "i-schools", Stage.COMMITMENT, LocalDate.of(2026, 9, 15), Money.of("77777.00", "EUR"), false, null, null, "w", 1, true)));
    return new IatiActivities(new IatiActivities.Mission(facts, "Halve the share of young people with poor mental health by 2035", organisations), plan, roadmap, results, NOW);
  }

  private List<MissionOrganisation> organisations(OrganisationFacts lead) {
    return List.of(new MissionOrganisation(lead, true, PartnerStatus.ACCEPTED), new MissionOrganisation(region, false, PartnerStatus.ACCEPTED));
  }

  @Test
  void aMissionWithEveryKindOfFlowIsAValidIatiFile() throws Exception {
    IatiActivities export = export(organisations(ministry), List.of(schools, clinics, unfunded));
    assertThat(export.problems()).isEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(out);

    assertThat(schema.problems(out.toByteArray())).as(out.toString(StandardCharsets.UTF_8)).isEmpty();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out.toString(StandardCharsets.UTF_8))));
    XPath x = XPathFactory.newInstance().newXPath();
    assertThat(x.evaluate("count(/iati-activities/iati-activity)", doc)).as("the mission and its two funded initiatives, not the idea").isEqualTo("3");
    String parent = "DK-CVR-20228799-" + missionId;
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/iati-identifier", doc)).isEqualTo(parent);
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/reporting-org/@type", doc)).isEqualTo("10");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/activity-status/@code", doc)).isEqualTo("2");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/sector/@code", doc)).as("health, DAC 3-digit").isEqualTo("120");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/activity-date[@type='1']/@iso-date", doc)).as("the earliest initiative start").isEqualTo("2026-08-01");
    assertThat(x.evaluate("count(/iati-activities/iati-activity[1]/activity-date[@type='3'])", doc)).as("the clinics have no end").isEqualTo("0");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/participating-org[@role='4']/narrative", doc)).isEqualTo("Region Midtjylland");
    assertThat(x.evaluate("count(/iati-activities/iati-activity[1]/participating-org[@role='1'])", doc)).isEqualTo("4");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/participating-org[@role='1'][narrative='Novo Nordisk Foundation']/@type", doc)).isEqualTo("60");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/participating-org[@role='1'][narrative='Ministry of Social Affairs']/@ref", doc)).isEqualTo("DK-CVR-20228799");
    assertThat(x.evaluate("/iati-activities/iati-activity[1]/related-activity[@type='2'][1]/@ref", doc)).isEqualTo("DK-CVR-20228799-i-schools");

    String schoolsActivity = "/iati-activities/iati-activity[iati-identifier='DK-CVR-20228799-i-schools']";
    assertThat(x.evaluate(schoolsActivity + "/related-activity[@type='1']/@ref", doc)).isEqualTo(parent);
    assertThat(x.evaluate(schoolsActivity + "/description/narrative", doc)).isEqualTo("Counsellors in every school <by 2028>");
    assertThat(x.evaluate(schoolsActivity + "/budget/value", doc)).isEqualTo("400000.00");
    assertThat(x.evaluate(schoolsActivity + "/budget/period-end/@iso-date", doc)).isEqualTo("2027-12-31");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t1']/transaction-type/@code", doc)).as("pledge").isEqualTo("13");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t2']/transaction-type/@code", doc)).as("commitment").isEqualTo("11");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t2']/description/narrative", doc))
        .isEqualTo("Conditional commitment; expires 2027-12-31; Subject to the Finance Act 2027");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t3']/transaction-type/@code", doc)).as("incoming funds").isEqualTo("1");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t3']/provider-org/@ref", doc)).isEqualTo("DK-CVR-20228799");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t3']/finance-type/@code", doc)).as("grant").isEqualTo("110");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t4']/transaction-type/@code", doc)).as("expenditure").isEqualTo("4");
    assertThat(x.evaluate("count(" + schoolsActivity + "/transaction[@ref='t4']/provider-org)", doc)).as("the initiative spends it").isEqualTo("0");
    assertThat(x.evaluate(schoolsActivity + "/transaction[@ref='t4']/value", doc)).isEqualTo("12000.50");
    // 250,000 committed and in force, 50,000 disbursed: 200,000 still to come, from today
    assertThat(x.evaluate(schoolsActivity + "/planned-disbursement/value", doc)).isEqualTo("200000.00");
    assertThat(x.evaluate(schoolsActivity + "/planned-disbursement/period-start/@iso-date", doc)).isEqualTo("2026-12-06");

    String clinicsActivity = "/iati-activities/iati-activity[iati-identifier='DK-CVR-20228799-i-clinics']";
    assertThat(x.evaluate(clinicsActivity + "/activity-status/@code", doc)).as("proposed: pipeline").isEqualTo("1");
    assertThat(x.evaluate(clinicsActivity + "/budget/value/@currency", doc)).as("each value in its own currency").isEqualTo("DKK");
    assertThat(x.evaluate(clinicsActivity + "/transaction[@ref='t5']/finance-type/@code", doc)).as("loan").isEqualTo("410");
    assertThat(x.evaluate("count(" + clinicsActivity + "/transaction[@ref='t6']/finance-type)", doc)).as("staff time has no finance type").isEqualTo("0");
    assertThat(x.evaluate(clinicsActivity + "/transaction[@ref='t6']/provider-org/@type", doc)).as("a member funder by its own type").isEqualTo("11");
    assertThat(x.evaluate("count(" + clinicsActivity + "/transaction[@ref='t6']/provider-org/@ref)", doc)).as("no identifier: no ref").isEqualTo("0");
    assertThat(out.toString(StandardCharsets.UTF_8)).as("a confidential amount is not published").doesNotContain("t7", "77777");
    assertThat(((org.w3c.dom.NodeList) x.evaluate("//planned-disbursement", doc, XPathConstants.NODESET)).getLength())
        .as("the state's open commitment and the impact fund's").isEqualTo(2);
  }

  @Test
  void theEvaluationPluginsResultsAreTheParentActivitysResults() throws Exception {
    ResultFacts.IndicatorFacts wellbeing = new ResultFacts.IndicatorFacts("WB-1",
        java.util.Map.of("en", "Share of pupils with good wellbeing", "fr", "Part des élèves en bonne santé mentale"), java.util.Map.of("en", "WHO-5 index of 13 or more"),
        "%", true, new BigDecimal("61.5"), LocalDate.of(2025, 6, 1),
        List.of(new ResultFacts.PeriodFacts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("65"), null, new BigDecimal("63.2")),
            new ResultFacts.PeriodFacts(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("68"), null, null)));
    ResultFacts.IndicatorFacts waiting = new ResultFacts.IndicatorFacts("WT-1", java.util.Map.of("en", "Weeks waiting for a first appointment"), java.util.Map.of(),
        "weeks", null, null, null, List.of(new ResultFacts.PeriodFacts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), new BigDecimal("2"), new BigDecimal("4"), null)));
    ResultFacts.IndicatorFacts counsellors = new ResultFacts.IndicatorFacts("CO-1", java.util.Map.of("en", "Schools with a counsellor"), java.util.Map.of(), "schools", true,
        null, null, List.of());
    ResultsXml results = EvaluationResults.written(List.of(
        new ResultFacts(ResultFacts.Level.OUTCOME, "Young people feel better", List.of(wellbeing)),
        new ResultFacts(ResultFacts.Level.OTHER, null, List.of(waiting, counsellors))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export(organisations(ministry), List.of(schools, clinics), results).write(out);

    assertThat(schema.problems(out.toByteArray())).as(out.toString(StandardCharsets.UTF_8)).isEmpty();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out.toString(StandardCharsets.UTF_8))));
    XPath x = XPathFactory.newInstance().newXPath();
    String mission = "/iati-activities/iati-activity[1]";
    assertThat(x.evaluate("count(" + mission + "/result)", doc)).isEqualTo("2");
    assertThat(x.evaluate("count(/iati-activities/iati-activity[2]/result)", doc)).as("results are the mission's").isEqualTo("0");
    String outcome = mission + "/result[1]";
    assertThat(x.evaluate(outcome + "/@type", doc)).as("outcome").isEqualTo("2");
    assertThat(x.evaluate(outcome + "/title/narrative", doc)).isEqualTo("Young people feel better");
    assertThat(x.evaluate(outcome + "/indicator/@measure", doc)).as("percentage").isEqualTo("2");
    assertThat(x.evaluate(outcome + "/indicator/@ascending", doc)).isEqualTo("1");
    assertThat(x.evaluate(outcome + "/indicator/title/narrative[@*[name()='xml:lang']='fr']", doc)).isEqualTo("Part des élèves en bonne santé mentale");
    assertThat(x.evaluate(outcome + "/indicator/reference/@code", doc)).isEqualTo("WB-1");
    assertThat(x.evaluate(outcome + "/indicator/baseline/@year", doc)).isEqualTo("2025");
    assertThat(x.evaluate(outcome + "/indicator/baseline/@value", doc)).isEqualTo("61.5");
    assertThat(x.evaluate(outcome + "/indicator/period[1]/target/@value", doc)).isEqualTo("65");
    assertThat(x.evaluate(outcome + "/indicator/period[1]/actual/@value", doc)).isEqualTo("63.2");
    assertThat(x.evaluate("count(" + outcome + "/indicator/period[2]/actual)", doc)).as("nothing reported yet").isEqualTo("0");
    String other = mission + "/result[2]";
    assertThat(x.evaluate(other + "/@type", doc)).as("other").isEqualTo("9");
    assertThat(x.evaluate("count(" + other + "/indicator)", doc)).isEqualTo("2");
    assertThat(x.evaluate("count(" + other + "/indicator[1]/@ascending)", doc)).as("a range goes neither way").isEqualTo("0");
    assertThat(x.evaluate(other + "/indicator[1]/period/target/comment/narrative", doc)).isEqualTo("Within 2 to 4");
  }

  @Test
  void whatHasNoIatiValueIsNamedAndNothingIsWritten() {
    OrganisationFacts withoutIdentifier = new OrganisationFacts(ministry.id(), "ministry", "Ministry of Social Affairs", OrganisationType.NATIONAL_GOVERNMENT, "DK");
    PortfolioInitiative undated = new PortfolioInitiative("i-schools", "Wellbeing in schools", ministry.id(), "ACTIVE", List.of());
    PortfolioInitiative odd = new PortfolioInitiative("i-clinics", "Youth clinics", region.id(), "ON_ICE", List.of(), null, LocalDate.of(2027, 1, 1), null);
    IatiActivities export = export(organisations(withoutIdentifier), List.of(undated, odd));

    assertThat(export.problems()).extracting(IatiProblem::code).containsExactly("leadIdentifier", "start", "status");
    assertThat(export.problems()).extracting(IatiProblem::english).containsExactly(
        "the lead organisation Ministry of Social Affairs has no IATI organisation identifier: set it in its organisation profile",
        "the initiative \"Wellbeing in schools\" has no planned start: set its start in the roadmap",
        "the initiative \"Youth clinics\" is ON_ICE, which has no IATI activity status");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.write(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissionWithoutMoneyHasNothingToReport() {
    IatiActivities export = new IatiActivities(new IatiActivities.Mission(facts, null, organisations(ministry)),
        new FundingPlan(new Rates(EUR, List.of()), List.of(), List.of(), List.of()), List.of(schools), NOW);
    assertThat(export.problems()).extracting(IatiProblem::code).containsExactly("nothing");
  }
}
