package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.json.InstrumentDto;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.response.CheckedResponse;
import org.missionhub.plugin.survey.response.ResponseCheck;
import org.missionhub.plugin.survey.template.Templates;

/**
 * {@code /api/v1/platform/survey/templates}: the built-in survey templates, for every signed-in person
 * (they hold no one's data), and a dry run of the answer checks a respondent meets, so that a survey can be
 * tried before it is sent.
 */
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

  private final Templates templates;

  public TemplatesResource(Templates templates) {
    this.templates = templates;
  }

  /** One line per template. */
  public record TemplateSummary(String code, Map<String, String> title, Map<String, String> description, int questions) {}

  /** The answers to check, by question code ({@code <code>_other}, {@code <code>.<item>} for the rest). */
  public record AnswersDto(Map<String, List<String>> answers, String language) {}

  /** A valid response as it would be stored: only the answers to questions shown, and which were shown. */
  public record CheckedDto(Map<String, List<String>> answers, List<String> shown) {}

  @GET
  public List<TemplateSummary> list() {
    return templates.all().stream()
        .map(t -> new TemplateSummary(t.code(), t.title().all(), t.description().all(), t.questions().size()))
        .toList();
  }

  @GET
  @Path("{code}")
  public InstrumentDto get(@PathParam("code") String code) {
    return InstrumentDto.from(template(code));
  }

  @POST
  @Path("{code}/check")
  @Consumes(MediaType.APPLICATION_JSON)
  public CheckedDto check(@PathParam("code") String code, AnswersDto body) {
    Instrument instrument = template(code);
    if (body == null || body.answers() == null) {
      throw PluginProblem.invalid("answers", "must be an object of answers by question code");
    }
    Locale locale = body.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(body.language());
    CheckedResponse checked = new ResponseCheck(instrument, locale).check(body.answers());
    if (!checked.valid()) {
      throw PluginProblem.invalid(checked.problems().stream().map(p -> new PluginProblem.FieldError("answers." + p.key(), p.message())).toList());
    }
    return new CheckedDto(checked.answers(), checked.shown());
  }

  private Instrument template(String code) {
    return templates.find(code).orElseThrow(() -> PluginProblem.notFound("Template " + code));
  }
}
