package org.missionhub.plugin.survey.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.EventPublisher;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.survey.api.MissionSurveyPublished;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.ResponseStore;
import org.missionhub.plugin.survey.version.InstrumentOwner;

/**
 * A mission's own surveys: run by the mission's leaders and coordinators in any of its organisations, put
 * to the people of the mission's organisations (one response per person), their results published to
 * those organisations only. Everything is reached through the mission, so another organisation's request
 * never finds them (404).
 */
public final class MissionSurveyService {

  /** How its writes show in the organisation's audit log: {@code survey.mission-survey.created}, ... */
  static final String AUDITED = "mission-survey";

  /** The permission to create, close and publish a mission's surveys and follow their progress. */
  public static final String RUN = "survey.run";

  private final CampaignStore store;
  private final CampaignService campaigns;
  private final ResponseStore responses;
  private final EventPublisher events;

  public MissionSurveyService(CampaignStore store, CampaignService campaigns, ResponseStore responses, EventPublisher events) {
    this.events = events;
    this.store = store;
    this.campaigns = campaigns;
    this.responses = responses;
  }

  public java.time.OffsetDateTime now() {
    return campaigns.now();
  }

  /** The mission's surveys, newest first. */
  public List<Campaign> list(MissionScope scope) {
    return store.forMission(scope.missionId().toString());
  }

  public Campaign find(MissionScope scope, String id) {
    return store.find(id).filter(c -> c.belongsTo(scope.missionId().toString())).orElseThrow(() -> PluginProblem.notFound("Survey"));
  }

  /** A published survey's results are the mission's; before that only those who run it see them. */
  public Campaign withVisibleResults(MissionScope scope, String id) {
    Campaign survey = find(scope, id);
    if (!survey.resultsPublished() && !scope.can(RUN)) {
      throw PluginProblem.notFound("Survey results");
    }
    return survey;
  }

  /** The survey whose results the caller sees, or empty (for the discussion of its results). */
  public java.util.Optional<Campaign> visibleResults(MissionScope scope, String id) {
    return store.find(id).filter(c -> c.belongsTo(scope.missionId().toString())).filter(c -> c.resultsPublished() || scope.can(RUN));
  }

  public Campaign create(MissionScope scope, CampaignForm form) {
    scope.require(RUN);
    List<PluginProblem.FieldError> errors = new ArrayList<>();
    if (form.audience() != null && !(empty(form.audience().organisationTypes()) && empty(form.audience().countries()))) {
      errors.add(new PluginProblem.FieldError("audience", "a mission survey goes to the people of the mission's organisations: leave it out"));
    }
    if (form.unit() != null && !"PERSON".equals(form.unit())) {
      errors.add(new PluginProblem.FieldError("unit", "a mission survey takes one response per person: PERSON or leave it out"));
    }
    CampaignForm personal =
        new CampaignForm(form.title(), form.description(), form.instrument(), null, "PERSON", form.anonymous(), form.editableAfterSubmit(), form.minimumCellSize(),
            form.opensAt(), form.closesAt());
    CampaignSettings settings = null;
    try {
      settings = campaigns.checked(personal, Optional.of(InstrumentOwner.organisation(scope.organisationId().toString())));
    } catch (PluginProblem problem) {
      errors.addAll(problem.fields());
    }
    if (!errors.isEmpty()) {
      throw PluginProblem.invalid(errors);
    }
    Campaign survey =
        new Campaign(
            UUID.randomUUID().toString(), settings, Optional.empty(), campaigns.now(), scope.caller().subject(), 0,
            Optional.of(new Campaign.MissionHost(scope.missionId().toString(), scope.organisationId().toString())));
    CampaignSettings created = settings;
    // the survey and its audit record are written together
    scope.database().inTransaction(connection -> {
      store.add(survey);
      scope.audit(AuditRecord.created(AUDITED, survey.id(), Map.of("title", created.title(), "anonymous", Boolean.toString(created.anonymous()))));
      return null;
    });
    return survey;
  }

  public Campaign close(MissionScope scope, String id, long expectedRevision) {
    scope.require(RUN);
    Campaign survey = find(scope, id);
    return scope.database().inTransaction(connection -> {
      Campaign closed = campaigns.save(survey, expectedRevision, c -> c.closed(campaigns.now()));
      scope.audit(AuditRecord.updated(AUDITED, id, Map.of("closesAt", survey.settings().closesAt().toString()), Map.of("closesAt", closed.settings().closesAt().toString())));
      return closed;
    });
  }

  public Campaign publish(MissionScope scope, String id, long expectedRevision) {
    scope.require(RUN);
    Campaign survey = find(scope, id);
    return scope.database().inTransaction(connection -> {
      Campaign published = campaigns.save(survey, expectedRevision, c -> c.withResultsPublished(campaigns.now()));
      scope.audit(AuditRecord.updated(AUDITED, id, Map.of("resultsPublished", "false"), Map.of("resultsPublished", "true")));
      // delivered once the transaction commits: the evaluation plugin feeds its indicators from the figures
      events.publish(new MissionSurveyPublished(scope.organisationId(), scope.missionId(), id, published.settings().instrumentOwner().figureName(published.settings().instrumentCode()), campaigns.now()));
      return published;
    });
  }

  /** How many answered, from how many of the mission's organisations, and how many are still writing. */
  public record Progress(long submitted, long respondingOrganisations, long drafts) {}

  public Progress progress(MissionScope scope, String id) {
    scope.require(RUN);
    ResponseStore.Progress counts = responses.progress(find(scope, id).id());
    return new Progress(counts.submitted(), counts.organisations(), counts.drafts());
  }

  private static boolean empty(List<String> values) {
    return values == null || values.isEmpty();
  }
}
