package org.missionhub.plugin.funding.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import javax.xml.stream.XMLStreamException;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.export.FiscalDataPackage;
import org.missionhub.plugin.funding.export.FlowCsv;
import org.missionhub.plugin.funding.iati.IatiActivities;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Mix;
import org.missionhub.plugin.funding.rest.FundingDtos.FlowDto;
import org.missionhub.plugin.funding.rest.FundingDtos.FunderDto;
import org.missionhub.plugin.funding.rest.FundingDtos.FundingDto;
import org.missionhub.plugin.funding.rest.FundingDtos.MixDto;
import org.missionhub.plugin.funding.rest.FundingDtos.NeedDto;
import org.missionhub.plugin.funding.rest.FundingDtos.RatesDto;
import org.missionhub.plugin.funding.service.Forms.FlowForm;
import org.missionhub.plugin.funding.service.Forms.FunderForm;
import org.missionhub.plugin.funding.service.Forms.NeedForm;
import org.missionhub.plugin.funding.service.Forms.RatesForm;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code /api/v1/orgs/{slug}/missions/{missionId}/funding}: the mission's funding plan (the platform checked
 * that the organisation takes part in the mission; another organisation gets 404 before this runs). Changes
 * of funders and flows name the revision they read in If-Match.
 */
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {

  private final MissionScope scope;
  private final FundingService funding;

  public FundingResource(MissionScope scope, FundingService funding) {
    this.scope = scope;
    this.funding = funding;
  }

  /** The plan with the gap per initiative of the roadmap, in the mission's currency. */
  @GET
  public FundingDto plan() {
    return FundingDto.of(funding.view(), scope, funding.access().manages());
  }

  /** Where the mission's money comes from, by type of source, in its currency. */
  @GET
  @Path("mix")
  public MixDto mix() {
    return MixDto.of(Mix.of(funding.view().plan()));
  }

  @PUT
  @Path("rates")
  @Consumes(MediaType.APPLICATION_JSON)
  public RatesDto rates(RatesForm form) {
    return RatesDto.of(funding.putRates(form));
  }

  /** Adds the rates of a CSV file (columns currency, from, rate) to the mission's; 400 naming every row and column that is wrong. */
  @POST
  @Path("rates/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public RatesDto importRates(java.io.InputStream csv) {
    return RatesDto.of(funding.importRates(org.missionhub.plugin.support.imports.CsvSheet.read(csv)));
  }

  /**
   * One activity of another publisher's IATI file as funding of an initiative: {@code dryRun=true} reports what
   * would be added (with every problem); otherwise all of it is written, or nothing (400 naming each problem).
   */
  @POST
  @Path("import/iati")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public org.missionhub.plugin.funding.service.IatiImportReport importIati(java.io.InputStream xml, @jakarta.ws.rs.QueryParam("initiative") String initiative,
      @jakarta.ws.rs.QueryParam("activity") String activity, @jakarta.ws.rs.QueryParam("sourceType") String sourceType,
      @jakarta.ws.rs.QueryParam("dryRun") boolean dryRun) {
    return funding.importIati(xml, activity, initiative, sourceType, dryRun);
  }

  @POST
  @Path("funders")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addFunder(FunderForm form, @Context UriInfo uri) {
    Funder funder = funding.addFunder(form);
    return Response.created(uri.getAbsolutePathBuilder().path(funder.id()).build()).entity(FunderDto.of(funder, slugOf()))
        .tag(Revisions.tag(funder.revision())).build();
  }

  @GET
  @Path("funders/{id}")
  public Response funder(@PathParam("id") String id) {
    Funder funder = funding.funder(id);
    return Response.ok(FunderDto.of(funder, slugOf())).tag(Revisions.tag(funder.revision())).build();
  }

  @PUT
  @Path("funders/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateFunder(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FunderForm form) {
    Funder funder = funding.updateFunder(id, Revisions.expected(ifMatch, "A change of a funder"), form);
    return Response.ok(FunderDto.of(funder, slugOf())).tag(Revisions.tag(funder.revision())).build();
  }

  @DELETE
  @Path("funders/{id}")
  public Response deleteFunder(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    funding.deleteFunder(id, Revisions.expected(ifMatch, "Removing a funder"));
    return Response.noContent().build();
  }

  /** An initiative's need for a year: set (or replaced). */
  @PUT
  @Path("needs")
  @Consumes(MediaType.APPLICATION_JSON)
  public NeedDto putNeed(NeedForm form) {
    return NeedDto.of(funding.putNeed(form));
  }

  @DELETE
  @Path("needs/{id}")
  public Response deleteNeed(@PathParam("id") String id) {
    funding.deleteNeed(id);
    return Response.noContent().build();
  }

  @POST
  @Path("flows")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addFlow(FlowForm form, @Context UriInfo uri) {
    Flow flow = funding.addFlow(form);
    return Response.created(uri.getAbsolutePathBuilder().path(flow.id()).build()).entity(FlowDto.of(flow, true)).tag(Revisions.tag(flow.revision())).build();
  }

  @GET
  @Path("flows/{id}")
  public Response flow(@PathParam("id") String id) {
    FundingService.SeenFlow seen = funding.flow(id);
    return Response.ok(FlowDto.of(seen.flow(), seen.shown())).tag(Revisions.tag(seen.flow().revision())).build();
  }

  @PUT
  @Path("flows/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateFlow(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FlowForm form) {
    Flow flow = funding.updateFlow(id, Revisions.expected(ifMatch, "A change of a flow"), form);
    return Response.ok(FlowDto.of(flow, true)).tag(Revisions.tag(flow.revision())).build();
  }

  @DELETE
  @Path("flows/{id}")
  public Response deleteFlow(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    funding.deleteFlow(id, Revisions.expected(ifMatch, "Removing a flow"));
    return Response.noContent().build();
  }

  /** Every flow as tidy CSV, one row per flow, with its amount in the mission's currency beside its own. */
  @GET
  @Path("export/flows.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response flowsCsv() {
    FundingService.View view = funding.view();
    StreamingOutput body = out -> FlowCsv.write(view, slugOf(), out);
    return attachment(body, "text/csv; charset=UTF-8", funding.fileName() + "-flows.csv");
  }

  /** The flows as a Fiscal Data Package: a ZIP of the CSV and its {@code datapackage.json}. */
  @GET
  @Path("export/fiscal-data-package.zip")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  public Response fiscalDataPackage() {
    FundingService.View view = funding.view();
    String name = funding.fileName();
    StreamingOutput body = out -> FiscalDataPackage.write(scope.mission().title(), name, view, slugOf(), funding.exportedAt(), out);
    return attachment(body, "application/zip", name + "-fiscal-data-package.zip");
  }

  /**
   * The mission's funding as an IATI 2.03 activity file (the mission the parent activity, its funded
   * initiatives the children), valid against the official schema; 409 naming what is missing otherwise.
   */
  @GET
  @Path("export/iati.xml")
  @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
  public Response iati() {
    IatiActivities export = funding.iati();
    StreamingOutput body = out -> {
      try {
        export.write(out);
      } catch (XMLStreamException e) {
        throw new java.io.IOException(e);
      }
    };
    return attachment(body, "application/xml; charset=UTF-8", funding.fileName() + "-iati.xml");
  }

  private static Response attachment(StreamingOutput body, String type, String file) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
  }

  /** The slugs of the mission's organisations by id. */
  private java.util.function.Function<String, String> slugOf() {
    return funding.slugs();
  }
}
