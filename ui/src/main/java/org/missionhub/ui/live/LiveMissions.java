package org.missionhub.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.audit.MissionChanged;
import org.missionhub.core.live.LiveChanges;
import org.missionhub.core.live.domain.LiveChange;
import org.missionhub.core.workshop.application.WorkshopChanged;
import org.missionhub.core.security.Caller;
import org.missionhub.core.startup.CallerScope;

/**
 * The mission and workshop pages open on this server, by mission (or workshop): after a change of a mission commits, each page of it open
 * for someone else redraws (over Vaadin Push), as that person — their own access is checked again — on a thread
 * of its own, never the changer's; and each page learns who else has the mission open (presence). Feeds across
 * missions (the organisation's Activity) follow every mission's changes.
 *
 * <p>Across a cluster: each change is also kept for the other servers ({@link LiveChanges}, in the change's
 * transaction), whose rounds ({@link LiveChangesAcrossServers}) tell their own pages within a second. Presence
 * is per server: a page sees who else has the mission open on its own server.
 */
@ApplicationScoped
public class LiveMissions {

  private static final Logger LOG = Logger.getLogger(LiveMissions.class.getName());

  /** Someone looking at a mission. */
  public record Viewer(String subject, String name) {}

  /** One open page: its UI, who looks, as whom it reads again, and what it does on a change and on presence. */
  private record Watch(UI ui, Viewer viewer, Caller caller, String organisationSlug, Consumer<String> onChange, Runnable onPresence) {}

  private final Map<String, Set<Watch>> watches = new ConcurrentHashMap<>();

  @Inject CallerScope scope;
  @Inject LiveChanges changes;

  @Resource ManagedExecutorService executor;

  /**
   * The page of {@code missionId} in {@code ui} wants to know: {@code onChange} gets the changer's name (run in the
   * UI, as {@code caller} working in {@code organisationSlug}); {@code onPresence} runs when others come or go.
   */
  public Registration watch(String missionId, UI ui, Viewer viewer, Caller caller, String organisationSlug, Consumer<String> onChange, Runnable onPresence) {
    Watch watch = new Watch(ui, viewer, caller, organisationSlug, onChange, onPresence);
    watches.computeIfAbsent(missionId, id -> ConcurrentHashMap.newKeySet()).add(watch);
    presenceChanged(missionId, watch);
    return () -> {
      Set<Watch> open = watches.get(missionId);
      if (open != null && open.remove(watch)) {
        presenceChanged(missionId, watch);
      }
    };
  }

  /** The other people with the mission open (each once), not {@code subject}. */
  public List<Viewer> others(String missionId, String subject) {
    return watches.getOrDefault(missionId, Set.of()).stream().map(Watch::viewer).filter(v -> !v.subject().equals(subject)).distinct()
        .sorted(java.util.Comparator.comparing(Viewer::name)).toList();
  }

  /**
   * A workshop's page wants to know of every change to the workshop ({@code onChange}, run in the UI as {@code
   * caller}; who changed it is never told: notes may be anonymous) and who else has it open.
   */
  public Registration watchWorkshop(String workshopId, UI ui, Viewer viewer, Caller caller, String organisationSlug, Runnable onChange, Runnable onPresence) {
    return watch(WORKSHOP + workshopId, ui, viewer, caller, organisationSlug, name -> onChange.run(), onPresence);
  }

  /** The other people with the workshop open (each once), not {@code subject}. */
  public List<Viewer> othersInWorkshop(String workshopId, String subject) {
    return others(WORKSHOP + workshopId, subject);
  }

  private static final String WORKSHOP = "workshop:";

  /** Pages that follow every mission (an organisation's activity feed); they read again as their person, who sees only their own. */
  private static final String ANY_MISSION = "any-mission";

  /**
   * A page that lists changes across missions (the organisation's Activity) wants to know of a change to any
   * mission, its person's own included ({@code onChange} runs in the UI as {@code caller}, who reads only what
   * they may see). One read of the page's newest entries per change on this server; such pages are few.
   */
  public Registration watchAnyMission(UI ui, Viewer viewer, Caller caller, String organisationSlug, Runnable onChange) {
    Watch watch = new Watch(ui, viewer, caller, organisationSlug, name -> onChange.run(), () -> {});
    watches.computeIfAbsent(ANY_MISSION, id -> ConcurrentHashMap.newKeySet()).add(watch);
    return () -> watches.getOrDefault(ANY_MISSION, Set.of()).remove(watch);
  }

  /** Kept for the other servers, with the change. */
  void kept(@Observes MissionChanged change) {
    changes.record(LiveChange.Kind.MISSION, change.missionId(), change.actorSubject(), change.actorName());
  }

  void kept(@Observes WorkshopChanged change) {
    changes.record(LiveChange.Kind.WORKSHOP, change.workshopId(), change.actorSubject(), null);
  }

  /** A change made through another server: this server's pages of it are told as if it were made here. */
  void changedElsewhere(LiveChange change) {
    switch (change.kind()) {
      case MISSION -> {
        tell(change.targetId(), change.actorSubject(), change.actorName());
        tell(ANY_MISSION, null, change.actorName());
      }
      case WORKSHOP -> tell(WORKSHOP + change.targetId(), change.actorSubject(), null);
      case NOTICE -> { }
    }
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MissionChanged change) {
    tell(change.missionId(), change.actorSubject(), change.actorName());
    tell(ANY_MISSION, null, change.actorName());
  }

  void workshopChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkshopChanged change) {
    tell(WORKSHOP + change.workshopId(), change.actorSubject(), null);
  }

  private void tell(String key, String actorSubject, String actorName) {
    Set<Watch> open = watches.get(key);
    if (open == null || open.isEmpty()) {
      return;
    }
    for (Watch watch : List.copyOf(open)) {
      if (actorSubject == null || !watch.viewer().subject().equals(actorSubject)) {
        executor.execute(() -> redraw(watch, actorName));
      }
    }
  }

  private void redraw(Watch watch, String actorName) {
    try {
      scope.as(watch.caller(), watch.organisationSlug(), () -> {
        // synchronously, so that the redraw reads in this person's request context, not in another thread's
        watch.ui().accessSynchronously(() -> watch.onChange().accept(actorName == null ? "" : actorName));
        return null;
      });
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "A mission page could not be redrawn (closed, or no longer allowed): " + e);
    }
  }

  /**
   * Tells the other pages of the mission, each from a thread of its own: the caller holds its own session's lock
   * (it is a request), and Vaadin forbids touching another session while holding one.
   */
  private void presenceChanged(String missionId, Watch changed) {
    for (Watch watch : List.copyOf(watches.getOrDefault(missionId, Set.of()))) {
      if (watch != changed) {
        executor.execute(() -> {
          try {
            watch.ui().access(() -> watch.onPresence().run());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A mission page's presence could not be updated", e);
          }
        });
      }
    }
  }
}
