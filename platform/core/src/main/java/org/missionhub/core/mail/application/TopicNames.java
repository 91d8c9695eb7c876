package org.missionhub.core.mail.application;

import org.missionhub.core.mail.domain.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionhub.core.mail.domain.MailTopic;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;

/** The topics a person can choose e-mail frequencies for, and their names in a language. */
@ApplicationScoped
public class TopicNames {

  @Inject PluginRuntime plugins;

  /** Core's topics, then one per active plugin. */
  public List<MailTopic> topics() {
    List<MailTopic> topics = new ArrayList<>(MailTopic.CORE);
    plugins.active().stream().map(LoadedPlugin::id).sorted().forEach(id -> topics.add(new MailTopic("plugin:" + id)));
    return topics;
  }

  public String name(MailTopic topic, Locale language) {
    MailTexts texts = MailTexts.in(language);
    return topic.pluginId()
        .map(id -> texts.text("topic.plugin", pluginName(id, texts.language())))
        .orElseGet(() -> texts.text("topic." + topic.key()));
  }

  private String pluginName(String id, Locale language) {
    return plugins.find(id).flatMap(LoadedPlugin::descriptor).map(d -> d.name().in(language)).orElse(id);
  }
}
