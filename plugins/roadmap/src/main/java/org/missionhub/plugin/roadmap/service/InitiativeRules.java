package org.missionhub.plugin.roadmap.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.plugin.roadmap.model.Budget;
import org.missionhub.plugin.roadmap.model.Horizon;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.InitiativeType;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.service.Forms.InitiativeForm;

/**
 * Turns a form into an initiative of the mission, or refuses it naming every wrong field: the owner and
 * contributors are organisations co-managing the mission, the responsible person holds a role in it, the
 * objectives are the mission's, the dates are in order, a horizon set by hand and an amber or red status
 * come with their reasons, and a budget is an exact amount with its currency.
 */
final class InitiativeRules {

  static final int MAX_TAGS = 20;

  private final MissionMembers members;
  private final Portfolio portfolio;

  InitiativeRules(MissionMembers members, Portfolio portfolio) {
    this.members = members;
    this.portfolio = portfolio;
  }

  Initiative read(String id, String missionId, InitiativeForm form, String defaultOwner, OffsetDateTime now, long revision) {
    if (form == null) {
      throw org.missionhub.api.plugin.PluginProblem.invalid("title", "must not be blank (send the initiative as JSON)");
    }
    FieldReader in = new FieldReader();
    String title = in.text("title", form.title(), 200, true);
    String description = in.text("description", form.description(), 4000, false);
    InitiativeType type = in.choice("type", form.type(), InitiativeType.class, null);
    String owner = owner(in, form.owner(), defaultOwner);
    String responsible = in.text("responsible", form.responsible(), 255, false);
    String responsibleName = null;
    if (responsible != null) {
      responsibleName = members.person(responsible).orElse(null);
      if (responsibleName == null) {
        in.problem("responsible", "must be someone holding a role in the mission");
      }
    }
    List<String> contributors = contributors(in, form.contributors(), owner);
    List<String> objectives = objectives(in, form.objectives());
    LocalDate start = in.date("start", form.start(), false);
    LocalDate end = in.date("end", form.end(), false);
    if (start != null && end != null && end.isBefore(start)) {
      in.problem("end", "must not be before the start (" + start + ")");
    }
    Horizon horizon = form.horizon() == null || form.horizon().isBlank() ? null : in.choice("horizon", form.horizon(), Horizon.class, null);
    String horizonReason = in.text("horizonReason", form.horizonReason(), 500, horizon != null);
    Lifecycle lifecycle = in.choice("lifecycle", form.lifecycle(), Lifecycle.class, Lifecycle.IDEA);
    Rag rag = in.choice("rag", form.rag(), Rag.class, Rag.GREEN);
    String ragReason = in.text("ragReason", form.ragReason(), 1000, rag != Rag.GREEN);
    Budget budget = budget(in, form.budget(), form.currency());
    List<String> tags = tags(in, form.tags());
    in.check();
    return new Initiative(
        id, missionId, title, description, type, owner, responsible, responsibleName, contributors, objectives, start, end,
        horizon, horizon == null ? null : horizonReason, lifecycle, rag, ragReason, budget, tags, now, revision);
  }

  private String owner(FieldReader in, String slug, String defaultOwner) {
    if (slug == null || slug.isBlank()) {
      return defaultOwner;
    }
    return members.organisation(slug.strip()).map(o -> o.id().toString()).orElseGet(() -> {
      in.problem("owner", "must be the lead or an accepted partner of the mission: " + members.slugs());
      return defaultOwner;
    });
  }

  private List<String> contributors(FieldReader in, List<String> slugs, String owner) {
    Set<String> ids = new LinkedHashSet<>();
    for (String slug : slugs == null ? List.<String>of() : slugs) {
      String id = slug == null ? null : members.organisation(slug.strip()).map(OrganisationFacts::id).map(Object::toString).orElse(null);
      if (id == null) {
        in.problem("contributors", "'" + slug + "' is not the lead or an accepted partner of the mission");
      } else if (!id.equals(owner)) {
        ids.add(id);
      }
    }
    return new ArrayList<>(ids);
  }

  private List<String> objectives(FieldReader in, List<String> ids) {
    Set<String> known = new LinkedHashSet<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      if (id == null || portfolio.objective(id).isEmpty()) {
        in.problem("objectives", "'" + id + "' is not an objective of this mission");
      } else {
        known.add(id);
      }
    }
    return new ArrayList<>(known);
  }

  private static Budget budget(FieldReader in, String amountText, String currencyCode) {
    BigDecimal amount = in.amount("budget", amountText);
    if (amount == null) {
      if (currencyCode != null && !currencyCode.isBlank() && (amountText == null || amountText.isBlank())) {
        in.problem("budget", "give the amount with its currency");
      }
      return null;
    }
    try {
      return new Budget(amount, Currency.getInstance(currencyCode == null ? "" : currencyCode.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      in.problem("currency", "must be an ISO 4217 code such as EUR or DKK");
      return null;
    }
  }

  private static List<String> tags(FieldReader in, List<String> tags) {
    Set<String> kept = new LinkedHashSet<>();
    for (String tag : tags == null ? List.<String>of() : tags) {
      String stripped = tag == null ? "" : tag.strip();
      if (stripped.isEmpty() || stripped.length() > 40 || stripped.contains("\n")) {
        in.problem("tags", "each tag is 1 to 40 characters on one line");
      } else {
        kept.add(stripped);
      }
    }
    if (kept.size() > MAX_TAGS) {
      in.problem("tags", "at most " + MAX_TAGS + " tags");
    }
    return new ArrayList<>(kept);
  }
}
