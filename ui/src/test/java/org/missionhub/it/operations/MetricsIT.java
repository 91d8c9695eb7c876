package org.missionhub.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;

/**
 * What an operator's Prometheus scrapes at {@code /metrics}: the API's requests per endpoint, the connection
 * pools, the UI's HTTP sessions, the plugins' states and their operations' timers; in Prometheus' text format, without a token (like
 * {@code /health}), and without anything of an organisation's in it.
 */
class MetricsIT {

  @Test
  void prometheusReadsTheApisRequestsThePoolsAndThePlugins() {
    Org org = Scenario.organisation("metrics");
    assertThat(org.admin().api().get(org.path() + "/missions").status()).isEqualTo(200);

    ApiResponse metrics = Api.anonymous().send("GET", "/metrics", null, java.util.Map.of("Accept", "text/plain"));

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.contentType()).startsWith("text/plain");
    List<String> lines = metrics.body().lines().filter(l -> !l.startsWith("#")).toList();
    // the mission list's requests, counted and timed per resource method
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("REST_request_seconds_count{").contains("MissionResource").contains("method=\"list"));
    // the application's connection pool
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("connectionpool_").contains("datasource=\"jdbc_missionhub\""));
    // every plugin of the test server's plugins directory is counted by state, the failing ones too
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("missionhub_plugins{").contains("state=\"active\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("missionhub_plugins{").contains("state=\"failed\""));
    // addresses are templates: no organisation's slug, no mission's id
    assertThat(metrics.body()).doesNotContain(org.slug());
  }

  @Test
  void aSurveyReportsComputingTimeIsAPluginOperationTimer() {
    String campaign = Campaigns.open(Campaigns.form(Campaigns.publishedTemplate(), List.of(), false, false, 3));
    assertThat(Campaigns.analyst().get("/api/v1/platform/survey/campaigns/" + campaign + "/results/role").status()).isEqualTo(200);

    List<String> lines = Api.anonymous().send("GET", "/metrics", null, java.util.Map.of("Accept", "text/plain")).body().lines().filter(l -> !l.startsWith("#")).toList();

    // the survey plugin times each report it computes (contract 1.13.0), named by operation, never by campaign
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("missionhub_plugin_operation_seconds_count{").contains("operation=\"report\"").contains("plugin=\"survey\""));
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains(campaign));
  }
}
