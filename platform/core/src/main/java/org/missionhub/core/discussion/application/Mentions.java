package org.missionhub.core.discussion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.mail.persistence.MailSettingsStore;
import org.missionhub.core.mail.domain.MailTexts;
import org.missionhub.core.notice.Notices;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * The people a comment mentions: only people who see the mission may be mentioned (those holding a role in it),
 * and each newly mentioned person but the author gets a notice saying who mentioned them where.
 */
@ApplicationScoped
public class Mentions {

  /** The notice's kind. */
  public static final String KIND = "COMMENT_MENTION";

  @Inject RoleRepository roles;
  @Inject Notices notices;
  @Inject MailSettingsStore settings;

  /** The people of the mission who may be mentioned, by subject. */
  public Map<String, Person> candidates(Mission mission) {
    return roles.all(mission).stream().map(MissionRoleAssignment::person)
        .collect(Collectors.toMap(Person::subject, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The subjects mentioned, each checked (400 naming {@code mentions[i]} for one who does not see the mission). */
  public Set<String> check(Mission mission, List<String> mentioned) {
    if (mentioned == null || mentioned.isEmpty()) {
      return Set.of();
    }
    Map<String, Person> candidates = candidates(mission);
    List<FieldError> problems = new ArrayList<>();
    Set<String> subjects = new LinkedHashSet<>();
    for (int i = 0; i < mentioned.size(); i++) {
      String subject = mentioned.get(i);
      if (subject == null || !candidates.containsKey(subject)) {
        problems.add(new FieldError("mentions[" + i + "]", "is not someone who takes part in this mission"));
      } else {
        subjects.add(subject);
      }
    }
    if (!problems.isEmpty()) {
      throw ApplicationException.invalid(problems);
    }
    return subjects;
  }

  /**
   * Tells those of {@code subjects} not in {@code before}, but the author, that the comment mentions them, each
   * in their language; {@code where} names the item in a language ({@code the mission “…”}).
   */
  public void tell(Comment comment, Set<String> before, Function<MailTexts, String> where) {
    String excerpt = comment.body().length() <= 200 ? comment.body() : comment.body().substring(0, 199) + "…";
    for (String subject : comment.mentions()) {
      if (!before.contains(subject) && !comment.isBy(subject)) {
        MailTexts texts = MailTexts.in(settings.languageOf(subject));
        notices.send(subject, null, KIND, null,
            texts.text("notice.mention", comment.author().displayName(), where.apply(texts), excerpt), "missions/" + comment.mission().id());
      }
    }
  }
}
