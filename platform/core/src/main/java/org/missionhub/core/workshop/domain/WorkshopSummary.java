package org.missionhub.core.workshop.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a closed workshop produced: for each prompt, its clusters ranked by the dots their notes got (a note in no
 * cluster stands alone), each cluster's notes ranked too; how many people and organisations took part and how many
 * dots were spent. Authors are named unless the workshop was anonymous.
 */
public record WorkshopSummary(String title, boolean anonymous, int participants, int organisations, int dotsSpent, List<Prompt> prompts) {

  public WorkshopSummary {
    prompts = List.copyOf(prompts);
  }

  /** One prompt and what was posted for it. */
  public record Prompt(int index, String text, List<Cluster> clusters) {
    public Prompt {
      clusters = List.copyOf(clusters);
    }

    public int notes() {
      return clusters.stream().mapToInt(c -> c.notes().size()).sum();
    }
  }

  /** Notes put together under a label (null for a note in no cluster), with their dots in all. */
  public record Cluster(String label, int dots, List<Note> notes) {
    public Cluster {
      notes = List.copyOf(notes);
    }
  }

  /** One note, its dots, and (unless anonymous) who wrote it for which organisation. */
  public record Note(String id, String body, int dots, String author, String organisation) {}

  /** Ranks {@code notes} with the dots each got ({@code dots} by note id). */
  public static WorkshopSummary of(Workshop workshop, List<WorkshopNote> notes, Map<String, Integer> dots, int participants, int organisations) {
    List<Prompt> prompts = new ArrayList<>();
    List<String> texts = workshop.prompts();
    for (int i = 0; i < texts.size(); i++) {
      int index = i;
      Map<String, List<Note>> byCluster = new LinkedHashMap<>();
      List<Cluster> clusters = new ArrayList<>();
      notes.stream().filter(n -> n.prompt() == index).sorted(Comparator.comparing(WorkshopNote::createdAt).thenComparing(WorkshopNote::id)).forEach(n -> {
        Note note = new Note(n.id(), n.body(), dots.getOrDefault(n.id(), 0),
            workshop.anonymous() ? null : n.author().displayName(), workshop.anonymous() ? null : n.authorOrganisation().name());
        n.clusterLabel().ifPresentOrElse(
            label -> byCluster.computeIfAbsent(label, l -> new ArrayList<>()).add(note),
            () -> clusters.add(new Cluster(null, note.dots(), List.of(note))));
      });
      byCluster.forEach((label, in) -> clusters.add(new Cluster(label, in.stream().mapToInt(Note::dots).sum(), ranked(in))));
      clusters.sort(Comparator.comparingInt(Cluster::dots).reversed());
      prompts.add(new Prompt(i, texts.get(i), clusters));
    }
    int spent = dots.values().stream().mapToInt(Integer::intValue).sum();
    return new WorkshopSummary(workshop.title(), workshop.anonymous(), participants, organisations, spent, prompts);
  }

  private static List<Note> ranked(List<Note> notes) {
    List<Note> sorted = new ArrayList<>(notes);
    // stable: notes with as many dots keep the order they were posted in
    sorted.sort(Comparator.comparingInt(Note::dots).reversed());
    return sorted;
  }
}
