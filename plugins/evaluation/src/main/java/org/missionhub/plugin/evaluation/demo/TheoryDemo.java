package org.missionhub.plugin.evaluation.demo;

import java.util.List;
import java.util.Optional;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.Forms.LinkForm;
import org.missionhub.plugin.evaluation.service.Forms.NodeForm;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * A theory of change for each demo mission over the roadmap's demo initiatives (loaded before this plugin's
 * demo data), added through the service as the leader would. A few initiatives are left out on purpose, so
 * the checks have something to point at.
 */
final class TheoryDemo {

  private final MissionScope scope;
  private final TheoryService theory;
  private final List<PortfolioInitiative> initiatives;

  TheoryDemo(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.theory = new TheoryService(scope, context);
    this.initiatives = context.roadmap().initiatives(scope);
  }

  void load() {
    String title = scope.mission().title();
    if (title.startsWith("Mental health")) {
      String wellBeing = step("OUTCOME", "Young people’s well-being improves", List.of("YMH-3"));
      String help = step("OUTCOME", "Young people get help within a month", List.of("YMH-1"));
      String schools = step("OUTPUT", "Every upper-secondary school has a counsellor", List.of("YMH-2"));
      link(wellBeing, TheoryService.TARGET, null, "Well-being survey of 2023");
      link(help, wellBeing, "Early help prevents problems from growing", "Nordic studies of early intervention");
      link(schools, help, "Pupils talk to a counsellor they see every day", null);
      initiative("School counsellors in every upper-secondary school").ifPresent(i -> link(i, schools, "Schools can recruit counsellors in time", "Nordby pilot, 2025"));
      initiative("Nordby school counselling pilot").ifPresent(i -> link(i, schools, "What works in Nordby works elsewhere", null));
      initiative("Anonymous chat line for 15-24 year olds").ifPresent(i -> link(i, help, "Young people use an anonymous line before they see anyone", null));
    } else if (title.startsWith("The irresistible circular")) {
      String waste = step("OUTCOME", "Households throw away less", List.of("CIRC-1"));
      String repairs = step("OUTPUT", "Broken items are repaired instead of thrown away", List.of("CIRC-2"));
      link(waste, TheoryService.TARGET, null, "Waste statistics");
      link(repairs, waste, "A repaired item replaces a new one", null);
      initiative("Repair café network").ifPresent(i -> link(i, repairs, "Volunteers keep coming", "Volunteers' log, 2025"));
    } else if (title.startsWith("Responsible and ethical")) {
      String assessed = step("OUTCOME", "Public algorithms are assessed before use", List.of("DIG-1"));
      link(assessed, TheoryService.TARGET, null, null);
      initiative("Algorithm register").ifPresent(i -> link(i, assessed, "A public register makes assessments expected", "Algorithm register, 2025"));
      initiative("Impact assessment help desk").ifPresent(i -> link(i, assessed, "Authorities assess when someone helps them", null));
    }
  }

  private String step(String kind, String title, List<String> indicators) {
    return theory.addNode(new NodeForm(kind, title, null, null, indicators)).id();
  }

  private Optional<String> initiative(String title) {
    return initiatives.stream().filter(i -> i.title().equals(title)).findFirst().map(i -> theory.addNode(new NodeForm("INITIATIVE", null, null, i.id(), List.of())).id());
  }

  private void link(String from, String to, String assumptions, String evidence) {
    theory.addLink(new LinkForm(from, to, assumptions, evidence));
  }
}
