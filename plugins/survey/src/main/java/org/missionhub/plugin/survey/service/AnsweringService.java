package org.missionhub.plugin.survey.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.answering.AnswerRows;
import org.missionhub.plugin.survey.answering.Draft;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.answering.Submitted;
import org.missionhub.plugin.survey.answering.UnitKeys;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.response.CheckedResponse;
import org.missionhub.plugin.survey.response.ResponseCheck;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResponseStore;

/**
 * Answering a campaign (or a mission's own survey) for a mission: a draft saved and resumed by anyone holding a role in the mission
 * (or, for a per-person campaign, by that person), checked in full on submission, submitted once, and
 * changed afterwards only where the campaign allows it. Anonymous campaigns keep neither the mission nor
 * the person with the response.
 */
public final class AnsweringService {

  private final CampaignStore campaigns;
  private final InstrumentStore instruments;
  private final ResponseStore responses;
  private final Clock clock;

  public AnsweringService(CampaignStore campaigns, InstrumentStore instruments, ResponseStore responses, Clock clock) {
    this.campaigns = campaigns;
    this.instruments = instruments;
    this.responses = responses;
    this.clock = clock;
  }

  /** The campaigns that invite the scope's organisation, newest first. */
  public List<Campaign> invited(OrganisationScope scope) {
    var organisation = scope.organisation();
    return campaigns.all().stream().filter(c -> c.settings().audience().includes(organisation)).toList();
  }

  /**
   * A campaign that invites the organisation: a benchmark campaign whose audience includes it, or, asked
   * about a mission, that mission's own survey; 404 otherwise, as if it did not exist.
   */
  public Campaign invitedCampaign(OrganisationScope scope, String campaignId) {
    return campaigns.find(campaignId)
        .filter(c -> c.isMissionSurvey()
            ? scope instanceof MissionScope mission && c.belongsTo(mission.missionId().toString())
            : c.settings().audience().includes(scope.organisation()))
        .orElseThrow(() -> PluginProblem.notFound("Campaign"));
  }

  public Instrument instrument(Campaign campaign) {
    return instruments.version(campaign.settings().instrumentOwner(), campaign.settings().instrumentCode(), campaign.settings().instrumentVersion()).orElseThrow().definition();
  }

  public ResponseView view(MissionScope scope, String campaignId, Locale locale) {
    Campaign campaign = invitedCampaign(scope, campaignId);
    requireRole(scope);
    String unitKey = unitKey(campaign, scope);
    boolean open = campaign.status(now()) == CampaignStatus.OPEN;
    Optional<Draft> draft = responses.draft(scope.organisationId(), campaign.id(), unitKey);
    if (draft.isPresent()) {
      Draft d = draft.get();
      if (!d.organisationId().equals(scope.organisationId().toString())) {
        return new ResponseView(campaign.id(), "DRAFT", false, d.missionId(), null, List.of(), List.of(), false, null, d.updatedAt(), d.revision());
      }
      CheckedResponse checked = new ResponseCheck(instrument(campaign), locale).check(d.answers());
      return new ResponseView(campaign.id(), "DRAFT", true, d.missionId(), checked.answers(), checked.shown(), checked.problems(), open, d.savedByName(), d.updatedAt(), d.revision());
    }
    if (!responses.hasSubmitted(campaign.id(), unitKey)) {
      return new ResponseView(campaign.id(), "NOT_STARTED", true, scope.missionId().toString(), Map.of(), List.of(), List.of(), open, null, null, 0);
    }
    Optional<Submitted> submitted = identified(campaign, scope);
    if (submitted.isEmpty() || !submitted.get().organisationId().equals(scope.organisationId().toString())) {
      return new ResponseView(campaign.id(), "SUBMITTED", submitted.isEmpty(), submitted.flatMap(Submitted::missionId).orElse(null), null, List.of(), List.of(), false, null, null, 0);
    }
    Submitted s = submitted.get();
    CheckedResponse checked = new ResponseCheck(instrument(campaign), locale).check(s.answers());
    return new ResponseView(
        campaign.id(), "SUBMITTED", true, s.missionId().orElse(null), checked.answers(), checked.shown(), List.of(), open && campaign.settings().editableAfterSubmit(),
        s.respondentName().orElse(null), s.updatedAt().orElse(null), s.revision());
  }

  /** Saves answers: the draft, or (where allowed) the submitted response. Wrong answers are refused; missing ones may wait. */
  public ResponseView save(MissionScope scope, String campaignId, Optional<Long> expectedRevision, Map<String, List<String>> answers, Locale locale) {
    Campaign campaign = openCampaign(scope, campaignId);
    String unitKey = unitKey(campaign, scope);
    Instrument instrument = instrument(campaign);
    if (responses.hasSubmitted(campaign.id(), unitKey)) {
      return changeSubmitted(scope, campaign, expectedRevision, answers, instrument, locale);
    }
    CheckedResponse checked = new ResponseCheck(instrument, locale).check(answers);
    List<PluginProblem.FieldError> wrong = checked.problems().stream().filter(p -> !p.missing()).map(p -> new PluginProblem.FieldError("answers." + p.key(), p.message())).toList();
    if (!wrong.isEmpty()) {
      throw PluginProblem.invalid(wrong);
    }
    Optional<Draft> current = responses.draft(scope.organisationId(), campaign.id(), unitKey);
    if (current.isPresent()) {
      requireOwnDraft(scope, current.get());
      if (expectedRevision.isEmpty()) {
        throw PluginProblem.invalid("If-Match", "a draft exists: send the ETag you read, so that you do not overwrite someone else's answers");
      }
    }
    long revision = current.map(d -> d.revision() + 1).orElse(0L);
    Draft draft =
        new Draft(campaign.id(), unitKey, scope.organisationId().toString(), scope.missionId().toString(), scope.caller().subject(), scope.caller().displayName(),
            checked.answers(), now(), revision);
    if (!responses.saveDraft(draft, current.isPresent() ? expectedRevision : Optional.empty())) {
      throw PluginProblem.stale("The draft");
    }
    return view(scope, campaignId, locale);
  }

  /** Submits the saved draft: every answer checked, nothing stored unless all is well. */
  public ResponseView submit(MissionScope scope, String campaignId, Optional<Long> expectedRevision, Locale locale) {
    Campaign campaign = openCampaign(scope, campaignId);
    String unitKey = unitKey(campaign, scope);
    if (responses.hasSubmitted(campaign.id(), unitKey)) {
      throw PluginProblem.conflict(campaign.settings().unit() == Unit.MISSION ? "This mission has answered the campaign already" : "You have answered the campaign already");
    }
    Draft draft = responses.draft(scope.organisationId(), campaign.id(), unitKey).orElseThrow(() -> PluginProblem.conflict("Nothing is saved yet: save the answers, then submit them"));
    requireOwnDraft(scope, draft);
    if (expectedRevision.isEmpty()) {
      throw PluginProblem.invalid("If-Match", "send the draft's ETag, so that you submit the answers you saw");
    }
    if (draft.revision() != expectedRevision.get()) {
      throw PluginProblem.stale("The draft");
    }
    Map<String, List<String>> answers = draft.answers();
    Instrument instrument = instrument(campaign);
    CheckedResponse checked = checkedInFull(instrument, answers, locale);
    boolean anonymous = campaign.settings().anonymous();
    Submitted response =
        new Submitted(
            UUID.randomUUID().toString(), campaign.id(), campaign.settings().instrumentVersion(), scope.organisationId().toString(),
            anonymous ? Optional.empty() : Optional.of(scope.missionId().toString()),
            anonymous ? Optional.empty() : Optional.of(scope.caller().subject()),
            anonymous ? Optional.empty() : Optional.of(scope.caller().displayName()),
            ResponseFacts.of(scope.organisation(), scope.mission()), checked.answers(), LocalDate.now(clock),
            anonymous ? Optional.empty() : Optional.of(now()), 0);
    // the response and its audit record are written together; an anonymous one names no one and no response
    scope.database().inTransaction(connection -> {
      switch (responses.submit(response, unitKey, draft.revision(), AnswerRows.of(instrument, checked.answers()))) {
        case ALREADY_SUBMITTED -> throw PluginProblem.conflict("The campaign was answered for this " + (campaign.settings().unit() == Unit.MISSION ? "mission" : "person") + " a moment ago");
        case DRAFT_CHANGED -> throw PluginProblem.stale("The draft");
        case SUBMITTED -> {}
      }
      if (anonymous) {
        scope.auditAnonymously(AuditRecord.created("anonymous-response", campaign.id(), Map.of("campaign", campaign.id())));
      } else {
        scope.audit(AuditRecord.created("response", response.id(), Map.of("campaign", campaign.id())));
      }
      return null;
    });
    return view(scope, campaignId, locale);
  }

  private ResponseView changeSubmitted(MissionScope scope, Campaign campaign, Optional<Long> expectedRevision, Map<String, List<String>> answers, Instrument instrument, Locale locale) {
    if (campaign.settings().anonymous() || !campaign.settings().editableAfterSubmit()) {
      throw PluginProblem.conflict("The response is submitted and this campaign does not allow changing it");
    }
    Submitted current = identified(campaign, scope).filter(s -> s.organisationId().equals(scope.organisationId().toString()))
        .orElseThrow(() -> PluginProblem.conflict("A partner organisation answered for this mission"));
    if (expectedRevision.isEmpty()) {
      throw PluginProblem.invalid("If-Match", "send the response's ETag, so that you do not overwrite someone else's answers");
    }
    CheckedResponse checked = checkedInFull(instrument, answers, locale);
    Submitted changed =
        new Submitted(
            current.id(), current.campaignId(), current.instrumentVersion(), current.organisationId(), current.missionId(), Optional.of(scope.caller().subject()),
            Optional.of(scope.caller().displayName()), current.facts(), checked.answers(), current.submittedOn(), Optional.of(now()), current.revision() + 1);
    scope.database().inTransaction(connection -> {
      if (!responses.replace(changed, expectedRevision.get(), AnswerRows.of(instrument, checked.answers()))) {
        throw PluginProblem.stale("The response");
      }
      scope.audit(AuditRecord.updated("response", changed.id(), Map.of("revision", Long.toString(current.revision())), Map.of("revision", Long.toString(changed.revision()))));
      return null;
    });
    return view(scope, campaign.id(), locale);
  }

  private static CheckedResponse checkedInFull(Instrument instrument, Map<String, List<String>> answers, Locale locale) {
    CheckedResponse checked = new ResponseCheck(instrument, locale).check(answers);
    if (!checked.valid()) {
      throw PluginProblem.invalid(checked.problems().stream().map(p -> new PluginProblem.FieldError("answers." + p.key(), p.message())).toList());
    }
    return checked;
  }

  private Campaign openCampaign(MissionScope scope, String campaignId) {
    Campaign campaign = invitedCampaign(scope, campaignId);
    requireRole(scope);
    CampaignStatus status = campaign.status(now());
    if (status != CampaignStatus.OPEN) {
      throw PluginProblem.conflict(status == CampaignStatus.SCHEDULED ? "The campaign opens on " + campaign.settings().opensAt() : "The campaign is closed");
    }
    return campaign;
  }

  private Optional<Submitted> identified(Campaign campaign, MissionScope scope) {
    if (campaign.settings().anonymous()) {
      return Optional.empty();
    }
    return campaign.settings().unit() == Unit.MISSION
        ? responses.submittedFor(scope.organisationId(), campaign.id(), Optional.of(scope.missionId().toString()), Optional.empty())
        : responses.submittedFor(scope.organisationId(), campaign.id(), Optional.empty(), Optional.of(scope.caller().subject()));
  }

  private static void requireOwnDraft(MissionScope scope, Draft draft) {
    if (!draft.organisationId().equals(scope.organisationId().toString())) {
      throw PluginProblem.conflict("A partner organisation is answering for this mission");
    }
  }

  private static void requireRole(MissionScope scope) {
    if (scope.roles().isEmpty()) {
      throw PluginProblem.forbidden("Only people with a role in the mission answer for it");
    }
  }

  private static String unitKey(Campaign campaign, MissionScope scope) {
    return UnitKeys.key(campaign.settings().unit(), scope.missionId().toString(), scope.caller().subject());
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
