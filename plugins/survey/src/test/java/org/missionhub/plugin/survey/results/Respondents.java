package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.missionhub.plugin.survey.grouping.Breakdown;

/** A hand-made or seeded set of respondents to one closed question, counted the way the database does. */
final class Respondents {

  record Respondent(String type, String country, List<Integer> chosen) {}

  private final List<String> categories;
  private final List<Respondent> all = new ArrayList<>();

  Respondents(String... categories) {
    this.categories = List.of(categories);
  }

  Respondents add(int times, String type, String country, Integer... chosen) {
    for (int i = 0; i < times; i++) {
      all.add(new Respondent(type, country, List.of(chosen)));
    }
    return this;
  }

  /** Respondents with random groups and answers (one each, or several when {@code multiple}). */
  static Respondents random(long seed, int size, boolean multiple) {
    Random random = new Random(seed);
    Respondents r = new Respondents("a", "b", "c", "d");
    String[] types = {"ngo", "local", "national", "foundation", "academia"};
    String[] countries = {"DK", "FR", "NL", "SE"};
    for (int i = 0; i < size; i++) {
      List<Integer> chosen = new ArrayList<>();
      chosen.add(skewed(random, 4));
      if (multiple && random.nextBoolean()) {
        int second = random.nextInt(4);
        if (!chosen.contains(second)) {
          chosen.add(second);
        }
      }
      r.all.add(new Respondent(types[skewed(random, types.length)], countries[skewed(random, countries.length)], chosen));
    }
    return r;
  }

  /**
   * The same organisations answering again: each changes its answer with probability {@code changing}, and
   * {@code joining} organisations join, of a type and country drawn as before or of one no one else has.
   */
  Respondents nextWave(long seed, double changing, int joining) {
    Random random = new Random(seed * 31 + 7);
    Respondents next = new Respondents(categories.toArray(String[]::new));
    for (Respondent r : all) {
      next.all.add(random.nextDouble() < changing ? new Respondent(r.type(), r.country(), List.of(skewed(random, categories.size()))) : r);
    }
    String[] types = {"ngo", "local", "national", "foundation", "academia"};
    String[] countries = {"DK", "FR", "NL", "SE"};
    for (int i = 0; i < joining; i++) {
      boolean newcomer = random.nextBoolean();
      String type = newcomer ? "international" : types[skewed(random, types.length)];
      String country = newcomer ? "EE" : countries[skewed(random, countries.length)];
      next.all.add(new Respondent(type, country, List.of(skewed(random, categories.size()))));
    }
    return next;
  }

  private static int skewed(Random random, int n) {
    // Early categories are common, late ones rare: small cells appear as they do in real surveys.
    return Math.min(n - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * n / 2.5));
  }

  QuestionCounts counts(Optional<double[]> scores) {
    return new QuestionCounts(categories, scores, breakdown(Breakdown.ALL, r -> "all"), List.of(breakdown("type", Respondent::type), breakdown("country", Respondent::country)));
  }

  private Breakdown breakdown(String name, java.util.function.Function<Respondent, String> group) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Long> sizes = new LinkedHashMap<>();
    all.stream().map(group).distinct().sorted().forEach(g -> {
      counts.put(g, new long[categories.size()]);
      sizes.put(g, 0L);
    });
    for (Respondent r : all) {
      String g = group.apply(r);
      sizes.merge(g, 1L, Long::sum);
      r.chosen().forEach(c -> counts.get(g)[c]++);
    }
    return new Breakdown(name, List.copyOf(counts.keySet()), sizes.values().stream().mapToLong(Long::longValue).toArray(), counts.values().toArray(long[][]::new));
  }
}
