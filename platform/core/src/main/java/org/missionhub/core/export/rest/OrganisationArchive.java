package org.missionhub.core.export.rest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.core.audit.AuditLogService;
import org.missionhub.core.audit.AuditQuery;
import org.missionhub.core.audit.rest.AuditEntryDto;
import org.missionhub.core.discussion.application.CommentService;
import org.missionhub.core.discussion.rest.CommentDto;
import org.missionhub.core.export.application.OrganisationExportService;
import org.missionhub.core.export.application.OrganisationExportService.PluginPart;
import org.missionhub.core.export.domain.ExportRecord;
import org.missionhub.core.governance.application.DecisionService;
import org.missionhub.core.governance.application.GovernanceBodyService;
import org.missionhub.core.governance.application.RiskService;
import org.missionhub.core.governance.rest.DecisionDto;
import org.missionhub.core.governance.rest.GovernanceBodyDto;
import org.missionhub.core.governance.rest.RiskDto;
import org.missionhub.core.mission.application.MissionOverview;
import org.missionhub.core.mission.application.MissionRoleService;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.mission.rest.MissionDto;
import org.missionhub.core.mission.rest.PartnerDto;
import org.missionhub.core.mission.rest.RoleDto;
import org.missionhub.core.organisation.application.InvitationService;
import org.missionhub.core.organisation.application.MembershipService;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.rest.InvitationDto;
import org.missionhub.core.organisation.rest.MemberDto;
import org.missionhub.core.organisation.rest.OrganisationDto;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * Writes everything of the request's organisation into an {@link ArchiveWriter}, in the API's own
 * representations (so the archive reads like the API documentation says): the profile, members and
 * invitations, every mission it leads or takes part in with its partners, roles, decisions, risks,
 * governance bodies, comments and workshops, the cross-organisation workshops it was invited to, the audit log,
 * then each plugin's tables, and last the manifest.
 */
public final class OrganisationArchive {

  /** The archive's format, in its manifest: a later MissionHub can tell what it reads. */
  static final String FORMAT = "missionhub-organisation-export/1";
  private static final int PAGE = 100;

  /** The services the archive reads through. */
  public record Sources(
      OrganisationProfileService profile,
      MembershipService members,
      InvitationService invitations,
      MissionService missions,
      PartnerService partners,
      MissionRoleService roles,
      DecisionService decisions,
      RiskService risks,
      GovernanceBodyService bodies,
      CommentService comments,
      org.missionhub.core.workshop.application.WorkshopService workshops,
      org.missionhub.core.workshop.application.WorkshopBoard workshopNotes,
      AuditLogService audit,
      OrganisationExportService exports) {}

  private final Sources sources;
  private final ArchiveWriter archive;

  OrganisationArchive(Sources sources, ArchiveWriter archive) {
    this.sources = sources;
    this.archive = archive;
  }

  void write(ExportRecord record) {
    Organisation organisation = sources.profile().current();
    archive.json("organisation.json", OrganisationDto.from(organisation), 1);
    members();
    List<InvitationDto> invitations = all(p -> sources.invitations().list(Optional.empty(), p)).stream().map(InvitationDto::from).toList();
    archive.json("invitations.json", invitations, invitations.size());
    missions();
    platformWorkshops();
    List<AuditEntryDto> audit =
        all(p -> sources.audit().list(AuditQuery.all(), p)).stream()
            .map(AuditEntryDto::from)
            .toList();
    archive.json("audit-log.json", audit, audit.size());
    List<PluginPart> plugins = sources.exports().exportPlugins(pluginId -> pluginTables(pluginId));
    manifest(record, organisation, plugins);
    archive.finish();
  }

  private void members() {
    List<MemberDto> members = all(p -> sources.members().list(p)).stream().map(MemberDto::from).toList();
    archive.json("members.json", members, members.size());
    archive.csv(
        "members.csv",
        List.of("id", "subject", "displayName", "email", "role", "since"),
        members.stream().map(dto -> Arrays.<Object>asList(dto.id(), dto.subject(), dto.displayName(), dto.email(), dto.role(), dto.memberSince())).toList());
  }

  private void missions() {
    List<MissionOverview> overviews = all(p -> sources.missions().list(new MissionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true), p));
    List<MissionDto> missions = new ArrayList<>();
    for (MissionOverview overview : overviews) {
      String id = overview.mission().id().toString();
      missions.add(MissionDto.from(sources.missions().get(id)));
      String folder = "missions/" + id + "/";
      list(folder + "partners.json", all(p -> sources.partners().list(id, p)).stream().map(PartnerDto::from).toList());
      list(folder + "roles.json", all(p -> sources.roles().list(id, p)).stream().map(RoleDto::from).toList());
      list(folder + "decisions.json", all(p -> sources.decisions().list(id, Optional.empty(), p)).stream().map(DecisionDto::from).toList());
      list(folder + "risks.json", all(p -> sources.risks().list(id, Optional.empty(), Optional.empty(), p)).stream().map(RiskDto::from).toList());
      list(folder + "governance-bodies.json", all(p -> sources.bodies().list(id, p)).stream().map(GovernanceBodyDto::from).toList());
      list(folder + "comments.json", all(p -> sources.comments().list(id, java.util.Optional.empty(), p)).stream().map(CommentDto::from).toList());
      list(folder + "workshops.json", workshops(org.missionhub.core.workshop.application.WorkshopHost.mission(id), sources.workshops().list(id)));
    }
    archive.json("missions.json", missions, missions.size());
    archive.csv(
        "missions.csv",
        List.of("id", "title", "lead", "phase", "governanceMode", "startDate", "endDate", "archived"),
        missions.stream().map(m -> Arrays.<Object>asList(m.id(), m.title(), m.lead().slug(), m.phase(), m.governanceMode(), m.startDate(), m.endDate(), m.archived())).toList());
  }

  /** The opened cross-organisation workshops the organisation was invited to, as its people see them. */
  private void platformWorkshops() {
    list("workshops.json", workshops(org.missionhub.core.workshop.application.WorkshopHost.PLATFORM, sources.workshops().listInvited()));
  }

  private List<WorkshopExport> workshops(org.missionhub.core.workshop.application.WorkshopHost host, List<org.missionhub.core.workshop.domain.Workshop> workshops) {
    return workshops.stream()
        .map(w -> new WorkshopExport(w.id(), w.title(), w.phase().name(), w.anonymous(), w.prompts(),
            sources.workshopNotes().notes(host, w.id()).stream().map(n -> new WorkshopExport.Note(n.prompt(), n.body(), n.cluster().orElse(null),
                n.author().orElse(null), n.organisation().orElse(null), n.dots().orElse(null))).toList()))
        .toList();
  }

  /** A workshop in the archive, with the notes the exporting person may see (authors only if it is not anonymous). */
  public record WorkshopExport(String id, String title, String phase, boolean anonymous, List<String> prompts, List<Note> notes) {
    /** One note: its prompt's index, text, cluster, author and organisation (if named), dots (once closed). */
    public record Note(int prompt, String body, String cluster, String author, String organisation, Integer dots) {}
  }

  private void list(String path, List<?> items) {
    archive.json(path, items, items.size());
  }

  private OrganisationExport pluginTables(String pluginId) {
    return (name, columns, rows) -> {
      if (name == null || !name.matches("[a-z][a-z0-9-]{0,59}")) {
        throw new IllegalArgumentException("an export table's name is lower-case words with hyphens: " + name);
      }
      archive.csv("plugins/" + pluginId + "/" + name + ".csv", List.copyOf(columns), rows);
    };
  }

  private void manifest(ExportRecord record, Organisation organisation, List<PluginPart> plugins) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", FORMAT);
    manifest.put("exportId", record.id());
    manifest.put("organisation", Map.of("id", organisation.id().toString(), "slug", organisation.slug(), "name", organisation.name()));
    manifest.put("exportedAt", record.requestedAt().toString());
    manifest.put("exportedBy", record.requestedName());
    boolean complete = plugins.stream().allMatch(p -> p.failure() == null);
    manifest.put("complete", complete);
    manifest.put(
        "csv",
        "RFC 4180, UTF-8, a header row; text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) has a leading apostrophe, numbers excepted");
    List<Map<String, Object>> files = new ArrayList<>();
    for (ArchiveWriter.ArchiveFile file : archive.files()) {
      files.add(Map.of("path", file.path(), "items", file.items()));
    }
    manifest.put("files", files);
    List<Map<String, Object>> parts = new ArrayList<>();
    for (PluginPart part : plugins) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("plugin", part.pluginId());
      entry.put("holds", part.holdings().stream().map(h -> Map.of("id", h.id(), "items", h.items())).toList());
      if (part.failure() != null) {
        entry.put("failure", part.failure());
      }
      parts.add(entry);
    }
    manifest.put("plugins", parts);
    archive.json("manifest.json", manifest, 1);
  }

  /** Every item of a paged list, page by page. */
  private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
    List<T> items = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<T> one = pages.apply(new PageRequest(page, PAGE, List.of()));
      items.addAll(one.items());
      if (page + 1 >= one.totalPages()) {
        return items;
      }
    }
  }

  static String fileName(Organisation organisation, OffsetDateTime at) {
    return "missionhub-" + organisation.slug() + "-" + at.toLocalDate() + ".zip";
  }
}
