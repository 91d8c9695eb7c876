package org.missionhub.plugin.survey.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.plugin.survey.answering.AnswerRows;
import org.missionhub.plugin.survey.answering.Draft;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.answering.Submitted;
import org.missionhub.plugin.survey.export.SurveyData;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.testing.MigratedDatabase;

/**
 * The counts kept as answers are written equal a recount of the answers, after random sequences of
 * submissions, changed responses, deleted and erased organisations, on H2 and on PostgreSQL; and the repair
 * command puts a damaged count right.
 */
class AnswerCountsTest {

  private static final List<String> QUESTIONS = List.of("involved", "role", "country", "organisation_type", "phase", "external_drivers", "characteristics.clear_target");
  private static final OffsetDateTime DURING = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);

  private record Held(Submitted response, long revision) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void theCountsKeptEqualARecountAfterRandomSubmissionsChangesAndRemovals(String product) throws Exception {
    try (MigratedDatabase database = open(product)) {
      SurveyData survey = new SurveyData(database);
      String campaign = survey.campaignId();
      ResponseStore store = new ResponseStore(database);
      AnswerCounts counts = new AnswerCounts(database);
      Random random = new Random(20261206L);
      List<String> organisations = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        organisations.add(UUID.randomUUID().toString());
      }
      List<Held> held = new ArrayList<>();
      for (int step = 0; step < 240; step++) {
        int move = random.nextInt(20);
        if (move < 12 || held.isEmpty()) {
          held.add(submit(store, campaign, organisations.get(random.nextInt(organisations.size())), random));
        } else if (move < 18) {
          int i = random.nextInt(held.size());
          held.set(i, change(store, held.get(i), random));
        } else {
          String gone = organisations.get(random.nextInt(organisations.size()));
          if (move == 18) {
            store.deleteOrganisation(OrganisationId.of(gone));
          } else {
            store.eraseOrganisation(OrganisationId.of(gone), DURING); // the campaign is open: its responses go
          }
          held.removeIf(h -> h.response().organisationId().equals(gone));
        }
        if (step % 40 == 39) {
          assertThat(counts.recount(campaign).corrected()).as("cells the kept counts got wrong by step %d", step).isZero();
        }
      }
      assertThat(held).as("the sequence leaves responses to count").isNotEmpty();
      ResultsStore results = new ResultsStore(database);
      assertThat(results.respondents(campaign, Optional.empty())).isEqualTo(held.size());
      assertThat(results.respondents(campaign, Optional.of(new ResultsStore.Filter(Dimension.COUNTRY, "DK"))))
          .isEqualTo(held.stream().filter(h -> h.response().facts().country().equals("DK")).count());
      for (String question : QUESTIONS) {
        GroupingCounts grouping = new GroupingCounts(database);
        assertThat(flat(grouping.count(campaign, question))).as(question).isEqualTo(flat(grouping.scan(campaign, question)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void theRepairCommandPutsADamagedCountRightAndFindsNothingTheSecondTime(String product) throws Exception {
    try (MigratedDatabase database = open(product)) {
      SurveyData survey = new SurveyData(database);
      String campaign = survey.campaignId();
      ResponseStore store = new ResponseStore(database);
      Random random = new Random(7L);
      for (int i = 0; i < 30; i++) {
        submit(store, campaign, UUID.randomUUID().toString(), random);
      }
      database.inTransaction(connection -> {
        try (PreparedStatement damage = connection.prepareStatement(
            "update survey_answer_count set answer_rows = answer_rows + 3, respondents = respondents + 3 where campaign_id = ? and question = 'role' and dimension = 'all'")) {
          damage.setString(1, campaign);
          return damage.executeUpdate();
        }
      });
      GroupingCounts grouping = new GroupingCounts(database);
      assertThat(flat(grouping.count(campaign, "role"))).isNotEqualTo(flat(grouping.scan(campaign, "role")));

      long revision = new CampaignStore(database).find(campaign).orElseThrow().revision();
      AnswerCounts.Recount repaired = new AnswerCounts(database).recount(campaign);

      assertThat(repaired.corrected()).isPositive();
      assertThat(flat(grouping.count(campaign, "role"))).isEqualTo(flat(grouping.scan(campaign, "role")));
      // a new revision of the campaign, which every server's kept reports are keyed by
      assertThat(new CampaignStore(database).find(campaign).orElseThrow().revision()).isEqualTo(revision + 1);
      assertThat(new AnswerCounts(database).recount(campaign).corrected()).isZero();
      assertThat(new CampaignStore(database).find(campaign).orElseThrow().revision()).as("nothing corrected, nothing to forget").isEqualTo(revision + 1);
      assertThat(new AnswerCounts(database).uncounted()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void aCampaignAnsweredBeforeTheCountsWereKeptReportsFromItsAnswersUntilItsFirstCount(String product) throws Exception {
    try (MigratedDatabase database = open(product)) {
      SurveyData survey = new SurveyData(database);
      String campaign = survey.campaignId();
      database.inTransaction(connection -> {
        try (PreparedStatement pending = connection.prepareStatement("insert into survey_count_pending (campaign_id) values (?)")) {
          pending.setString(1, campaign);
          return pending.executeUpdate();
        }
      });
      ResponseStore store = new ResponseStore(database);
      Random random = new Random(11L);
      for (int i = 0; i < 12; i++) {
        submit(store, campaign, UUID.randomUUID().toString(), random);
      }
      AnswerCounts counts = new AnswerCounts(database);
      GroupingCounts grouping = new GroupingCounts(database);
      ResultsStore results = new ResultsStore(database);
      assertThat(counts.of(campaign, "involved")).as("nothing kept while the first count waits").isEmpty();
      assertThat(flat(grouping.count(campaign, "involved"))).isEqualTo(flat(grouping.scan(campaign, "involved")));
      assertThat(results.respondents(campaign, Optional.empty())).isEqualTo(12);
      assertThat(counts.uncounted()).containsExactly(campaign);

      assertThat(counts.recount(campaign).corrected()).as("a first count corrects nothing").isZero();

      assertThat(counts.uncounted()).isEmpty();
      assertThat(counts.of(campaign, "involved")).isNotEmpty();
      submit(store, campaign, UUID.randomUUID().toString(), random);
      assertThat(results.respondents(campaign, Optional.empty())).isEqualTo(13);
      assertThat(flat(grouping.count(campaign, "involved"))).isEqualTo(flat(grouping.scan(campaign, "involved")));
      assertThat(counts.recount(campaign).corrected()).isZero();
    }
  }

  private static MigratedDatabase open(String product) {
    return product.equals("h2") ? MigratedDatabase.migrated() : MigratedDatabase.postgresql();
  }

  private static Held submit(ResponseStore store, String campaign, String organisation, Random random) {
    String mission = UUID.randomUUID().toString();
    String unit = "mission:" + mission;
    Map<String, List<String>> answers = answers(random);
    assertThat(store.saveDraft(new Draft(campaign, unit, organisation, mission, "someone", "Some One", answers, DURING, 0), Optional.empty())).isTrue();
    Submitted response = new Submitted(UUID.randomUUID().toString(), campaign, 1, organisation, Optional.of(mission), Optional.empty(), Optional.empty(),
        facts(random), answers, LocalDate.of(2026, 3, 10), Optional.empty(), 0);
    assertThat(store.submit(response, unit, 0, AnswerRows.of(SurveyData.TEMPLATE, answers))).isEqualTo(ResponseStore.Outcome.SUBMITTED);
    return new Held(response, 0);
  }

  private static Held change(ResponseStore store, Held held, Random random) {
    Submitted before = held.response();
    Map<String, List<String>> answers = answers(random);
    Submitted after = new Submitted(before.id(), before.campaignId(), 1, before.organisationId(), before.missionId(), Optional.empty(), Optional.empty(),
        before.facts(), answers, before.submittedOn(), Optional.of(DURING), held.revision() + 1);
    assertThat(store.replace(after, held.revision(), AnswerRows.of(SurveyData.TEMPLATE, answers))).isTrue();
    return new Held(after, held.revision() + 1);
  }

  private static Map<String, List<String>> answers(Random random) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    answers.put("involved", List.of(pick(random, "yes", "previously", "no")));
    answers.put("country", List.of(pick(random, "DK", "FR", "IS")));
    answers.put("organisation_type", List.of(pick(random, "ngo", "foundation", "private")));
    if (!answers.get("involved").get(0).equals("no")) {
      answers.put("role", List.of(pick(random, "leader", "coordinator", "participant")));
      answers.put("phase", List.of(pick(random, "getting_started", "middle", "end")));
      if (random.nextBoolean()) {
        List<String> drivers = new ArrayList<>(List.of("collaboration", "economic", "direction"));
        java.util.Collections.shuffle(drivers, random);
        answers.put("external_drivers", drivers.subList(0, 1 + random.nextInt(3)));
      }
      if (random.nextBoolean()) {
        answers.put("characteristics.clear_target", List.of(pick(random, "1", "3", "5")));
      }
    }
    return answers;
  }

  private static ResponseFacts facts(Random random) {
    return new ResponseFacts(pick(random, "NGO", "FOUNDATION", "PRIVATE"), pick(random, "DK", "FR"), pick(random, "STARTING", "IN_PROGRESS"), "HYBRID",
        pick(random, "HEALTH_WELLBEING", "DIGITAL"), pick(random, "NONE", "NACE_Q", "COFOG_07"));
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }

  /** A grouping's counts as comparable text: grouping → group → value → "rows/respondents". */
  private static Map<String, String> flat(GroupingCounts.AllGroups groups) {
    Map<String, String> flat = new TreeMap<>();
    add(flat, "all", groups.overall());
    groups.breakdowns().forEach((d, g) -> add(flat, d.apiName(), g));
    return flat;
  }

  private static void add(Map<String, String> flat, String grouping, ResultsStore.Grouped grouped) {
    grouped.groups().forEach((group, values) -> values.forEach((value, n) -> flat.put(grouping + "/" + group + "/" + value, n[0] + "/" + n[1])));
    flat.put(grouping + "/values", grouped.values().toString());
  }
}
