package org.missionhub.plugin.survey.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.PersonRef;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.export.SurveyData;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.service.ResponseImports;
import org.missionhub.plugin.survey.service.ResponseImports.ImportForm;
import org.missionhub.plugin.survey.service.ResponseImports.ImportResult;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResponseStore;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.testing.MigratedDatabase;

/**
 * Past responses imported into a closed campaign: MissionHub's own export imports back to the same results
 * (on H2 and PostgreSQL), files written the way KoboToolbox and LimeSurvey write them are read, and a broken
 * file is reported row by row and column by column with nothing stored.
 */
class ResponseImportTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void aCampaignsOwnExportImportsBackToTheSameResults(String product) throws Exception {
    try (MigratedDatabase database = "h2".equals(product) ? MigratedDatabase.migrated() : MigratedDatabase.postgresql()) {
      SurveyData survey = new SurveyData(database);
      String[] roles = {"leader", "coordinator", "participant"};
      String[] types = {"NGO", "FOUNDATION", "NATIONAL_GOVERNMENT"};
      for (int i = 0; i < 18; i++) {
        survey.submit(LocalDate.of(2026, 3, 2 + i % 5), SurveyData.facts(types[i % 3], i % 2 == 0 ? "DK" : "FR"), SurveyData.answers(
            "involved", List.of("yes"), "role", List.of(roles[i % 3]), "country", List.of(i % 2 == 0 ? "DK" : "FR"), "organisation_type", List.of(i % 4 == 0 ? "other" : "ngo"),
            "organisation_type_other", List.of("A cooperative, \"shared\""), "setting", List.of(i % 2 == 0 ? "top_down" : "bottom_up"), "phase", List.of("middle"),
            "challenge_field", List.of("digital"), "characteristics.clear_target", List.of(Integer.toString(1 + i % 5)),
            "external_drivers", i % 3 == 0 ? List.of("collaboration", "economic") : List.of("direction")));
      }
      ByteArrayOutputStream exported = new ByteArrayOutputStream();
      new CsvExport(database).write(survey.campaignId(), SurveyData.TEMPLATE, exported);
      List<AuditRecord> audit = new ArrayList<>();

      ImportResult dry = imports(database).run(form(exported.toString(StandardCharsets.UTF_8), true), analyst(audit));
      assertThat(dry.problems()).isEmpty();
      assertThat(dry.rows()).isEqualTo(18);
      assertThat(dry.campaignId()).isNull();
      assertThat(dry.columns()).anySatisfy(c -> assertThat(c).isEqualTo(new ResponseFile.ColumnReport("external_drivers__economic", "option", "external_drivers__economic", null)));
      assertThat(dry.columns()).anySatisfy(c -> assertThat(c.readAs()).isEqualTo("fact"));
      assertThat(new CampaignStore(database).all()).hasSize(1);

      ImportResult done = imports(database).run(form(exported.toString(StandardCharsets.UTF_8), false), analyst(audit));
      assertThat(done.imported()).isEqualTo(18);
      Campaign imported = new CampaignStore(database).find(done.campaignId()).orElseThrow();
      assertThat(imported.settings().closesAt()).isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay().atOffset(ZoneOffset.UTC));
      assertThat(audit).singleElement().satisfies(r -> assertThat(r.after()).containsEntry("importedResponses", "18"));
      ResultsService results = new ResultsService(new InstrumentStore(database), new ResultsStore(database), CLOCK);
      for (Question question : SurveyData.TEMPLATE.questions()) {
        if (question.type() != org.missionhub.plugin.survey.instrument.QuestionType.NOTE) {
          assertThat(results.question(imported, question.code(), Locale.ENGLISH)).as(question.code())
              .isEqualTo(results.question(survey.campaign(), question.code(), Locale.ENGLISH));
        }
      }
      // the imported responses belong to no organisation: no organisation answering, no workshop invitation
      assertThat(new ResponseStore(database).respondingOrganisations(imported.id())).isEmpty();
      assertThat(new ResponseStore(database).progress(imported.id()).submitted()).isEqualTo(18);
    }
  }

  @Test
  void theDemosEarlierWaveImportsCleanlyWithTheDecksShares() throws Exception {
    String csv;
    try (var in = org.missionhub.plugin.survey.SurveyPlugin.class.getResourceAsStream("demo/needs-assessment-2024.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (MigratedDatabase database = MigratedDatabase.migrated()) {
      new SurveyData(database);
      ImportForm form = new ImportForm("Missions needs assessment 2024", null, new CampaignForm.InstrumentRef(SurveyData.TEMPLATE.code(), 1, null), "2024-03-01", "2024-04-30", 5,
          "needs-assessment-2024.csv", csv, Map.of(), false, null);
      ImportResult done = imports(database).run(form, analyst(new ArrayList<>()));
      assertThat(done.imported()).isEqualTo(141);
      assertThat(done.columns()).noneMatch(c -> c.readAs().equals("ignored"));
      Campaign wave = new CampaignStore(database).find(done.campaignId()).orElseThrow();
      ResultsService results = new ResultsService(new InstrumentStore(database), new ResultsStore(database), CLOCK);
      assertThat(percent(results, wave, "involved", "yes")).isEqualTo(64);
      assertThat(percent(results, wave, "setting", "top_down")).isEqualTo(46);
      assertThat(percent(results, wave, "phase", "getting_started")).isEqualTo(27);
      assertThat(percent(results, wave, "external_drivers", "collaboration")).isEqualTo(34);
      assertThat(percent(results, wave, "organisation_type", "national_government")).isEqualTo(30);
      // "only 25 % have a clearly defined target and 11 % a monitoring and evaluation plan" (agree or strongly agree)
      assertThat(percent(results, wave, "characteristics.clear_target", "4") + percent(results, wave, "characteristics.clear_target", "5")).isBetween(24L, 26L);
      assertThat(percent(results, wave, "characteristics.monitoring_plan", "4") + percent(results, wave, "characteristics.monitoring_plan", "5")).isBetween(10L, 12L);
    }
  }

  private static long percent(ResultsService results, Campaign campaign, String question, String answer) {
    var result = question.contains(".")
        ? results.question(campaign, question.substring(0, question.indexOf('.')), Locale.ENGLISH).items().stream().filter(i -> i.question().equals(question)).findFirst().orElseThrow()
        : results.question(campaign, question, Locale.ENGLISH);
    var cell = result.overall().rows().get(0).cells().stream()
        .filter(c -> c.category().equals(answer)).findFirst().orElseThrow();
    assertThat(cell.withheld()).as(question + " " + answer).isFalse();
    return Math.round(cell.percentOfRespondents());
  }

  @Test
  void aKoboToolboxExportIsReadWithItsGroupsLabelsAndSemicolons() {
    String csv = String.join("\n",
        "start;end;about_you/involved;about_you/role;about_you/country;about_you/organisation_type;drivers_and_funding/external_drivers;"
            + "drivers_and_funding/external_drivers/collaboration;drivers_and_funding/external_drivers/economic;fact_organisation_type;fact_country;fact_phase;"
            + "fact_governance_mode;fact_challenge_area;_id;_uuid;_submission_time",
        "2024-03-01T10:00:00;2024-03-01T10:05:00;Yes;Leader;DK;ngo;collaboration economic;1;1;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL;1;a-b;2024-03-01T10:05:00",
        "2024-03-02T10:00:00;2024-03-02T10:05:00;No, never;;FR;Foundation or philanthropy;;0;0;FOUNDATION;FR;GETTING_STARTED;BOTTOM_UP;HEALTH_WELLBEING;2;c-d;2024-03-02T11:00:00");

    ResponseFile.Read read = ResponseFile.read(csv, SurveyData.TEMPLATE, Map.of(), LocalDate.of(2024, 3, 31));

    assertThat(read.problems()).isEmpty();
    assertThat(read.responses()).hasSize(2);
    assertThat(read.responses().get(0).answers()).containsEntry("involved", List.of("yes")).containsEntry("role", List.of("leader"))
        .containsEntry("external_drivers", List.of("collaboration", "economic"));
    assertThat(read.responses().get(0).submittedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(read.responses().get(1).answers()).containsEntry("involved", List.of("no")).containsEntry("organisation_type", List.of("foundation"));
    assertThat(read.columns()).filteredOn(c -> c.column().equals("_uuid")).singleElement().extracting(ResponseFile.ColumnReport::readAs).isEqualTo("ignored");
  }

  @Test
  void aKoboToolboxWorkbookIsReadFromItsFirstSheetWithNumbersAndDatesAsTheCsvHoldsThem() throws Exception {
    byte[] xlsx;
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Missions needs assessment");
      String[] header = {"about_you/involved", "about_you/role", "about_you/country", "characteristics/characteristics.clear_target",
          "drivers_and_funding/external_drivers/economic", "fact_organisation_type", "fact_country", "fact_phase", "fact_governance_mode", "fact_challenge_area",
          "_submission_time"};
      var first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("yes");
      row.createCell(1).setCellValue("Implementer");
      row.createCell(2).setCellValue("NL");
      row.createCell(3).setCellValue(4.0);
      row.createCell(4).setCellValue(1.0);
      for (int c = 5; c < 10; c++) {
        row.createCell(c).setCellValue(new String[] {"ACADEMIA", "NL", "EVALUATING", "HYBRID", "EDUCATION"}[c - 5]);
      }
      var date = row.createCell(10);
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      date.setCellStyle(style);
      date.setCellValue(java.time.LocalDateTime.of(2024, 3, 7, 14, 30));
      workbook.createSheet("repeat_group").createRow(0).createCell(0).setCellValue("ignored");
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    ResponseFile.Read read = ResponseFile.readWorkbook(xlsx, SurveyData.TEMPLATE, Map.of(), LocalDate.of(2024, 3, 31));

    assertThat(read.problems()).isEmpty();
    assertThat(read.responses()).singleElement().satisfies(r -> {
      assertThat(r.answers()).containsEntry("role", List.of("implementer")).containsEntry("characteristics.clear_target", List.of("4"))
          .containsEntry("external_drivers", List.of("economic"));
      assertThat(r.submittedOn()).isEqualTo(LocalDate.of(2024, 3, 7));
      assertThat(r.facts().challengeArea()).isEqualTo("EDUCATION");
    });
    assertThat(ResponseFile.readWorkbook("not a workbook".getBytes(StandardCharsets.UTF_8), SurveyData.TEMPLATE, Map.of(), LocalDate.of(2024, 3, 31)).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).startsWith("The file is not an .xlsx workbook"));
  }

  @Test
  void aLimeSurveyExportIsReadWithItsBracketsAndYesFlags() {
    String csv = String.join("\n",
        "id,submitdate,lastpage,startlanguage,INVOLVED,role,country,organisation_type,organisation_type[other],characteristics[clear_target],"
            + "external_drivers[collaboration],external_drivers[economic],fact_organisation_type,fact_country,fact_phase,fact_governance_mode,fact_challenge_area",
        "1,2024-03-05 09:10:11,4,en,yes,coordinator,se,other,A city network,4,Y,,LOCAL_GOVERNMENT,SE,IN_PROGRESS,HYBRID,MOBILITY");

    ResponseFile.Read read = ResponseFile.read(csv, SurveyData.TEMPLATE, Map.of(), LocalDate.of(2024, 3, 31));

    assertThat(read.problems()).isEmpty();
    Map<String, List<String>> answers = read.responses().get(0).answers();
    assertThat(answers).containsEntry("involved", List.of("yes")).containsEntry("country", List.of("SE"))
        .containsEntry("organisation_type", List.of("other")).containsEntry("organisation_type_other", List.of("A city network"))
        .containsEntry("characteristics.clear_target", List.of("4")).containsEntry("external_drivers", List.of("collaboration"));
    assertThat(read.responses().get(0).submittedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void everyProblemIsLocatedAndNothingIsStored() {
    String csv = String.join("\n",
        "involved,role,country,external_drivers__economic,fact_organisation_type,fact_country,fact_phase,fact_governance_mode,fact_challenge_area,submitted_on",
        "yes,captain,DK,1,NGO,DK,IN_PROGRESS,HYBRID,DIGITAL,2024-03-01",
        "yes,leader,Denmark,maybe,CLUB,DK,IN_PROGRESS,HYBRID,DIGITAL,first of March",
        "yes,leader,DK,0,NGO,,IN_PROGRESS,HYBRID,DIGITAL,2024-03-01");

    ResponseFile.Read read = ResponseFile.read(csv, SurveyData.TEMPLATE, Map.of(), LocalDate.of(2024, 3, 31));

    assertThat(read.clean()).isFalse();
    assertThat(read.responses()).isEmpty();
    assertThat(read.problems()).extracting(ResponseFile.Problem::row, ResponseFile.Problem::column).contains(
        org.assertj.core.groups.Tuple.tuple(1L, "role"),
        org.assertj.core.groups.Tuple.tuple(2L, "country"),
        org.assertj.core.groups.Tuple.tuple(2L, "external_drivers__economic"),
        org.assertj.core.groups.Tuple.tuple(2L, "fact_organisation_type"),
        org.assertj.core.groups.Tuple.tuple(2L, "submitted_on"),
        org.assertj.core.groups.Tuple.tuple(3L, "fact_country"));
    assertThat(read.problems()).filteredOn(p -> p.row() == 1).singleElement().extracting(ResponseFile.Problem::message).asString().contains("must be one of");
  }

  @Test
  void aMappingNamesWhatAHeaderHoldsAndAMissingFactIsReportedForTheFile() {
    String csv = "Are you involved?,Where,Kind of organisation\nYes,DK,NGO\n";
    ResponseFile.Read unmapped = ResponseFile.read(csv, SurveyData.TEMPLATE, Map.of(), LocalDate.of(2024, 3, 31));
    assertThat(unmapped.problems()).filteredOn(p -> p.row() == 0).extracting(ResponseFile.Problem::column)
        .containsExactlyInAnyOrder("fact_organisation_type", "fact_country", "fact_phase", "fact_governance_mode", "fact_challenge_area");

    ResponseFile.Read mapped = ResponseFile.read(csv, SurveyData.TEMPLATE,
        Map.of("Are you involved?", "involved", "Where", "fact_country", "Kind of organisation", "fact_organisation_type"), LocalDate.of(2024, 3, 31));
    assertThat(mapped.columns()).extracting(ResponseFile.ColumnReport::key).containsExactly("involved", "fact_country", "fact_organisation_type");
    assertThat(mapped.problems()).extracting(ResponseFile.Problem::column).containsExactlyInAnyOrder("fact_phase", "fact_governance_mode", "fact_challenge_area");
  }

  @Test
  void theImportRefusesBadFormsFieldByFieldAndAFileWithProblemsWhole() throws Exception {
    try (MigratedDatabase database = MigratedDatabase.migrated()) {
      new SurveyData(database);
      List<AuditRecord> audit = new ArrayList<>();
      ImportForm bad = new ImportForm(" ", null, new CampaignForm.InstrumentRef(SurveyData.TEMPLATE.code(), 9, null), "2024-03-10", "2024-03-01", 2, null, "", Map.of(), false, null);
      assertThatThrownBy(() -> imports(database).run(bad, analyst(audit))).isInstanceOfSatisfying(PluginProblem.class, p ->
          assertThat(p.fields()).extracting(PluginProblem.FieldError::field).containsExactlyInAnyOrder("title", "instrument", "collectedTo", "minimumCellSize", "csv"));
      ImportForm broken = form("involved,fact_organisation_type,fact_country,fact_phase,fact_governance_mode,fact_challenge_area\nperhaps,NGO,DK,IN_PROGRESS,HYBRID,DIGITAL\n", false);
      assertThatThrownBy(() -> imports(database).run(broken, analyst(audit))).isInstanceOfSatisfying(PluginProblem.class, p ->
          assertThat(p.fields()).extracting(PluginProblem.FieldError::field).containsExactly("rows[1].involved"));
      assertThat(new CampaignStore(database).all()).hasSize(1);
      assertThat(audit).isEmpty();
      ImportForm future = new ImportForm("Next year", null, new CampaignForm.InstrumentRef(SurveyData.TEMPLATE.code(), 1, null), "2026-12-01", "2026-12-31", 5, null, "x", Map.of(), true, null);
      assertThatThrownBy(() -> imports(database).run(future, analyst(audit))).isInstanceOfSatisfying(PluginProblem.class, p ->
          assertThat(p.fields()).extracting(PluginProblem.FieldError::field).containsExactly("collectedTo"));
    }
  }

  @Test
  void aRowNamingAMissionHubOrganisationBelongsToItAndTakesItsTypeAndCountry() throws Exception {
    try (MigratedDatabase database = MigratedDatabase.migrated()) {
      new SurveyData(database);
      OrganisationFacts ministry = new OrganisationFacts(org.missionhub.api.organisation.OrganisationId.random(), "ministry-social", "Ministry of Social Affairs",
          org.missionhub.api.organisation.OrganisationType.NATIONAL_GOVERNMENT, "DK", 1, null, org.missionhub.api.organisation.Sector.COFOG_10);
      String header = "organisation,involved,fact_organisation_type,fact_country,fact_phase,fact_governance_mode,fact_challenge_area,fact_sector\n";
      String known = "ministry-social,yes,,,IN_PROGRESS,TOP_DOWN,DIGITAL,\n";
      String outside = ",yes,NGO,FR,IN_PROGRESS,BOTTOM_UP,DIGITAL,nace-q\n";
      PlatformScope analyst = analyst(new ArrayList<>(), List.of(ministry));

      ImportResult unknown = imports(database).run(formOf(header + known + "nobody-here,yes,,,IN_PROGRESS,TOP_DOWN,DIGITAL,\n", true), analyst);
      ImportResult wrongSector = imports(database).run(formOf(header + ",yes,NGO,FR,IN_PROGRESS,BOTTOM_UP,DIGITAL,NACE_Z\n", true), analyst);
      assertThat(wrongSector.problems()).extracting(ResponseFile.Problem::row, ResponseFile.Problem::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "fact_sector"));
      assertThat(unknown.problems()).extracting(ResponseFile.Problem::row, ResponseFile.Problem::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "organisation"));

      ImportResult done = imports(database).run(formOf(header + known + outside, false), analyst);
      assertThat(done.imported()).isEqualTo(2);
      ResponseStore responses = new ResponseStore(database);
      assertThat(responses.respondingOrganisations(done.campaignId())).containsExactly(ministry.id().toString());
      assertThat(responses.ofOrganisation(ministry.id(), done.campaignId())).singleElement().satisfies(r -> {
        assertThat(r.facts().organisationType()).isEqualTo("NATIONAL_GOVERNMENT");
        assertThat(r.facts().country()).isEqualTo("DK");
        assertThat(r.facts().sector()).as("from its profile").isEqualTo("COFOG_10");
      });
      assertThat(responses.progress(done.campaignId()).submitted()).isEqualTo(2);
    }
  }

  private static ImportForm formOf(String csv, boolean dryRun) {
    return form(csv, dryRun);
  }

  private static ResponseImports imports(MigratedDatabase database) {
    return new ResponseImports(new InstrumentStore(database), new CampaignStore(database), new ResponseStore(database), database, CLOCK);
  }

  private static ImportForm form(String csv, boolean dryRun) {
    return new ImportForm("Needs assessment 2026, run elsewhere", "Collected with KoboToolbox", new CampaignForm.InstrumentRef(SurveyData.TEMPLATE.code(), 1, null),
        "2026-03-01", "2026-03-31", 5, "export.csv", csv, Map.of(), dryRun, null);
  }

  private static PlatformScope analyst(List<AuditRecord> audit) {
    return analyst(audit, List.of());
  }

  private static PlatformScope analyst(List<AuditRecord> audit, List<OrganisationFacts> organisations) {
    return new PlatformScope() {
      @Override
      public PersonRef caller() {
        return new PersonRef("analyst-subject", "Ines Analyst");
      }

      @Override
      public boolean hasRole(String platformRole) {
        return "BENCHMARK_ANALYST".equals(platformRole);
      }

      @Override
      public List<OrganisationFacts> activeOrganisations() {
        return organisations;
      }

      @Override
      public List<MissionFacts> currentMissions() {
        return List.of();
      }

      @Override
      public void audit(AuditRecord record) {
        audit.add(record);
      }
    };
  }
}
