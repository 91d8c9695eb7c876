package org.missionhub.core.export.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.OutputStream;
import org.missionhub.core.audit.AuditLogService;
import org.missionhub.core.discussion.application.CommentService;
import org.missionhub.core.export.application.OrganisationExportService;
import org.missionhub.core.export.domain.ExportRecord;
import org.missionhub.core.governance.application.DecisionService;
import org.missionhub.core.governance.application.GovernanceBodyService;
import org.missionhub.core.governance.application.RiskService;
import org.missionhub.core.mission.application.MissionRoleService;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.organisation.application.InvitationService;
import org.missionhub.core.organisation.application.MembershipService;
import org.missionhub.core.organisation.application.OrganisationProfileService;

/**
 * An organisation's export as a download, for the API ({@link OrganisationExportResource}) and the web
 * application alike: {@link #begin} checks and records it at once (so a refusal is an ordinary error, before
 * any byte is sent); the returned download writes the archive when the response body is written.
 */
@ApplicationScoped
public class ExportDownloads {

  @Inject OrganisationExportService exports;
  @Inject OrganisationProfileService profile;
  @Inject MembershipService members;
  @Inject InvitationService invitations;
  @Inject MissionService missions;
  @Inject PartnerService partners;
  @Inject MissionRoleService roles;
  @Inject DecisionService decisions;
  @Inject RiskService risks;
  @Inject GovernanceBodyService bodies;
  @Inject CommentService comments;
  @Inject org.missionhub.core.workshop.application.WorkshopService workshops;
  @Inject org.missionhub.core.workshop.application.WorkshopBoard workshopNotes;
  @Inject AuditLogService audit;

  /** A recorded export, ready to be written. */
  public record Download(String fileName, ExportRecord record, OrganisationArchive.Sources sources) {

    /** Writes the whole archive; run it in the request that asked for it (it reads as that person). */
    public void writeTo(OutputStream out) {
      try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
        new OrganisationArchive(sources, new ArchiveWriter(out, jsonb)).write(record);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("could not write the export", e);
      }
    }
  }

  /** Checks that the caller administers the request's organisation and records the export. */
  public Download begin() {
    ExportRecord record = exports.begin();
    OrganisationArchive.Sources sources =
        new OrganisationArchive.Sources(profile, members, invitations, missions, partners, roles, decisions, risks, bodies, comments, workshops, workshopNotes, audit, exports);
    return new Download(OrganisationArchive.fileName(profile.current(), record.requestedAt()), record, sources);
  }
}
