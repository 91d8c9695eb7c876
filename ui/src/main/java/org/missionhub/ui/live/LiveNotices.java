package org.missionhub.ui.live;

import com.vaadin.flow.component.Component;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.notice.NoticeWritten;
import org.missionhub.core.security.Caller;
import org.missionhub.core.live.LiveChanges;
import org.missionhub.core.live.domain.LiveChange;
import org.missionhub.core.startup.CallerScope;

/**
 * The bells open on this server, by person: once a notice to someone commits, each of their open pages counts its
 * unread notices again (over Vaadin Push), as that person, on a thread of its own (the sender's request holds its
 * own session's lock, and Vaadin forbids touching another session while holding one).
 *
 * <p>Across a cluster as {@link LiveMissions}: a notice is also kept for the other servers, whose bells of the
 * person count again within a second ({@link LiveChangesAcrossServers}).
 */
@ApplicationScoped
public class LiveNotices {

  private static final Logger LOG = Logger.getLogger(LiveNotices.class.getName());

  /** One open bell: its UI, as whom it counts again, and how. */
  private record Watch(UI ui, Caller caller, String organisationSlug, Runnable onNotice) {}

  private final Map<String, Set<Watch>> watches = new ConcurrentHashMap<>();

  @Inject CallerScope scope;
  @Inject LiveChanges changes;

  @Resource ManagedExecutorService executor;

  /** The bell of {@code caller} in {@code ui} wants to know of their new notices ({@code onNotice}, run in the UI). */
  public Registration watch(UI ui, Caller caller, String organisationSlug, Runnable onNotice) {
    Watch watch = new Watch(ui, caller, organisationSlug, onNotice);
    watches.computeIfAbsent(caller.subject(), s -> ConcurrentHashMap.newKeySet()).add(watch);
    return () -> {
      Set<Watch> open = watches.get(caller.subject());
      if (open != null) {
        open.remove(watch);
      }
    };
  }

  /**
   * While {@code view} is attached, {@code onNotice} runs in its UI each time a notice to {@code caller} commits
   * (a page that lists what notices announce: a workshop opening, a mention, an assignment).
   */
  public void refreshOnNotice(Component view, Caller caller, String organisationSlug, Runnable onNotice) {
    Registration[] open = new Registration[1];
    view.getUI().ifPresent(ui -> open[0] = watch(ui, caller, organisationSlug, onNotice));
    view.addAttachListener(attach -> {
      if (open[0] == null) {
        open[0] = watch(attach.getUI(), caller, organisationSlug, onNotice);
      }
    });
    view.addDetachListener(detach -> {
      if (open[0] != null) {
        open[0].remove();
        open[0] = null;
      }
    });
  }

  /** Kept for the other servers, with the notice. */
  void kept(@Observes NoticeWritten written) {
    changes.record(LiveChange.Kind.NOTICE, written.notice().recipient(), null, null);
  }

  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWritten written) {
    ringFor(written.notice().recipient());
  }

  /** A notice to {@code recipient} written through another server. */
  void writtenElsewhere(String recipient) {
    ringFor(recipient);
  }

  private void ringFor(String recipient) {
    Set<Watch> open = watches.get(recipient);
    if (open == null || open.isEmpty()) {
      return;
    }
    for (Watch watch : List.copyOf(open)) {
      executor.execute(() -> ring(watch));
    }
  }

  private void ring(Watch watch) {
    try {
      scope.as(watch.caller(), watch.organisationSlug(), () -> {
        watch.ui().accessSynchronously(watch.onNotice()::run);
        return null;
      });
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "A bell could not be updated (page closed)", e);
    }
  }
}
