package org.missionhub.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.SemanticVersion;
import org.missionhub.core.plugin.PluginResolver.Verdict;

/** Which plugins may run, and in which order, decided from their descriptors alone. */
class PluginResolverTest {

  private static final SemanticVersion API = SemanticVersion.parse("1.3.0");
  private static final Set<String> RESERVED = Set.of("partners", "plugins");

  @Test
  void healthyPluginsRunRequirementsFirst() {
    // given a plugin that requires another, listed before it
    var candidates = List.of(plugin("benchmark", "1.0.0", "[1.0.0,2.0.0)", "survey:[1.0.0,2.0.0)"), plugin("survey", "1.2.0", "1.0.0"));
    // when / then
    assertThat(active(resolve(candidates))).containsExactly("survey", "benchmark");
  }

  @Test
  void anUnsupportedApiVersionIsRefused() {
    var verdicts = resolve(List.of(plugin("old", "1.0.0", "[0.1.0,1.0.0)"), plugin("ok", "1.0.0", "1.0.0")));
    assertThat(active(verdicts)).containsExactly("ok");
    assertThat(reasons(verdicts).get("old")).contains("supports the plugin API [0.1.0,1.0.0)").contains("1.3.0");
  }

  @Test
  void aMissingOrWronglyVersionedRequirementRefusesThePluginAndWhatNeedsIt() {
    var verdicts =
        resolve(
            List.of(
                plugin("needs-ghost", "1.0.0", "1.0.0", "ghost:1.0.0"),
                plugin("needs-needs-ghost", "1.0.0", "1.0.0", "needs-ghost:1.0.0"),
                plugin("survey", "2.1.0", "1.0.0"),
                plugin("needs-old-survey", "1.0.0", "1.0.0", "survey:[1.0.0,2.0.0)")));
    assertThat(active(verdicts)).containsExactly("survey");
    assertThat(reasons(verdicts).get("needs-ghost")).isEqualTo("requires ghost 1.0.0, which is not installed");
    assertThat(reasons(verdicts).get("needs-needs-ghost")).isEqualTo("requires needs-ghost, which was refused");
    assertThat(reasons(verdicts).get("needs-old-survey")).contains("but version 2.1.0 is installed");
  }

  @Test
  void aDuplicateIdRefusesEveryPluginWithIt() {
    var verdicts = resolve(List.of(plugin("twin", "1.0.0", "1.0.0"), plugin("twin", "1.1.0", "1.0.0"), plugin("solo", "1.0.0", "1.0.0")));
    assertThat(active(verdicts)).containsExactly("solo");
    assertThat(verdicts.stream().filter(v -> v.candidate().id().equals("twin")).map(Verdict::state)).containsOnly(PluginState.REFUSED);
  }

  @Test
  void aCycleRefusesItsMembersAndTheirDependents() {
    var verdicts =
        resolve(
            List.of(
                plugin("cycle-a", "1.0.0", "1.0.0", "cycle-b:1.0.0"),
                plugin("cycle-b", "1.0.0", "1.0.0", "cycle-a:1.0.0"),
                plugin("self", "1.0.0", "1.0.0", "self:1.0.0"),
                plugin("on-cycle", "1.0.0", "1.0.0", "cycle-a:1.0.0"),
                plugin("fine", "1.0.0", "1.0.0")));
    assertThat(active(verdicts)).containsExactly("fine");
    assertThat(reasons(verdicts).get("cycle-a")).isEqualTo("dependency cycle: cycle-a → cycle-b → cycle-a");
    assertThat(reasons(verdicts).get("self")).isEqualTo("dependency cycle: self → self");
    assertThat(reasons(verdicts).get("on-cycle")).isEqualTo("requires cycle-a, which was refused");
  }

  @Test
  void reservedIdsAndUnreadablePluginsAreRefused() {
    var verdicts =
        resolve(
            List.of(
                plugin("partners", "1.0.0", "1.0.0"),
                Candidate.broken("com.example.Broken", "broken.jar", "could not be created: boom"),
                plugin("fine", "1.0.0", "1.0.0")));
    assertThat(active(verdicts)).containsExactly("fine");
    assertThat(reasons(verdicts).get("partners")).contains("reserved");
    assertThat(reasons(verdicts).get("com.example.Broken")).isEqualTo("could not be created: boom");
  }

  @Test
  void aPluginUsedStartsFirstWhenItIsThereAndItsAbsenceRefusesNothing() {
    // the evaluation plugin uses the survey plugin when it is installed: survey first
    assertThat(active(resolve(List.of(plugin("evaluation", "1.0.0", "1.0.0", "?survey:[1.0.0,2.0.0)"), plugin("survey", "1.2.0", "1.0.0")))))
        .containsExactly("survey", "evaluation");
    // absent, refused or of another version: the plugin runs without it
    assertThat(active(resolve(List.of(plugin("evaluation", "1.0.0", "1.0.0", "?survey:[1.0.0,2.0.0)"))))).containsExactly("evaluation");
    assertThat(active(resolve(List.of(plugin("evaluation", "1.0.0", "1.0.0", "?survey:[1.0.0,2.0.0)"), plugin("survey", "1.0.0", "[0.1.0,1.0.0)")))))
        .containsExactly("evaluation");
    assertThat(active(resolve(List.of(plugin("evaluation", "1.0.0", "1.0.0", "?survey:[1.0.0,2.0.0)"), plugin("survey", "3.0.0", "1.0.0")))))
        .containsExactlyInAnyOrder("evaluation", "survey");
  }

  @Test
  void aCycleThroughAPluginUsedIsRefusedAsAnyCycle() {
    var verdicts = resolve(List.of(plugin("left", "1.0.0", "1.0.0", "?right:1.0.0"), plugin("right", "1.0.0", "1.0.0", "left:1.0.0"), plugin("solo", "1.0.0", "1.0.0")));
    assertThat(active(verdicts)).containsExactly("solo");
    assertThat(reasons(verdicts).get("left")).isEqualTo("dependency cycle: left → right → left");
  }

  @Test
  void aPluginCannotUseWhatItRequiresOrItself() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plugin("evaluation", "1.0.0", "1.0.0", "survey:1.0.0", "?survey:1.0.0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("survey");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plugin("evaluation", "1.0.0", "1.0.0", "?evaluation:1.0.0")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Verdict> resolve(List<Candidate> candidates) {
    return PluginResolver.resolve(candidates, API, RESERVED);
  }

  private static List<String> active(List<Verdict> verdicts) {
    return verdicts.stream().filter(v -> v.state() == PluginState.ACTIVE).map(v -> v.candidate().id()).toList();
  }

  private static Map<String, String> reasons(List<Verdict> verdicts) {
    return verdicts.stream()
        .filter(v -> v.state() == PluginState.REFUSED)
        .collect(Collectors.toMap(v -> v.candidate().id(), Verdict::reason, (a, b) -> a));
  }

  /** A plugin with requirements written {@code id:range}. */
  private static Candidate plugin(String id, String version, String apiRange, String... requirements) {
    var builder =
        PluginDescriptor.builder(id)
            .name(LocalizedText.of("en", id))
            .description(LocalizedText.of("en", "test plugin " + id))
            .version(version)
            .apiVersions(apiRange);
    List<String> reqs = new ArrayList<>(List.of(requirements));
    for (String requirement : reqs) {
      // "?id:range" is a plugin used (contract 1.7.0), "id:range" one required
      String[] parts = requirement.replaceFirst("^\\?", "").split(":", 2);
      if (requirement.startsWith("?")) {
        builder.uses(parts[0], parts[1]);
      } else {
        builder.requires(parts[0], parts[1]);
      }
    }
    PluginDescriptor descriptor = builder.build();
    MissionHubPlugin plugin = () -> descriptor;
    return Candidate.of(plugin, descriptor, "test", PluginResolverTest.class.getClassLoader());
  }
}
