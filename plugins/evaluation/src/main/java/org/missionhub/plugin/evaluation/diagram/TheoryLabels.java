package org.missionhub.plugin.evaluation.diagram;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.RollUp;
import org.missionhub.plugin.evaluation.model.TheoryCheck;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

/**
 * The theory of change's words in one language (the plugin's bundle, en, fr or da), for the API's answers
 * and drawings, where there is no UI to translate them.
 */
public final class TheoryLabels {

  private static final String BUNDLE = "org.missionhub.plugin.evaluation.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private TheoryLabels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The bundle for the language, English when the plugin does not speak it. */
  public static TheoryLabels of(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, TheoryLabels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new TheoryLabels(bundle, locale);
  }

  public String text(String key, Object... params) {
    return new MessageFormat(bundle.getString(key), locale).format(params);
  }

  public String kind(NodeKind kind) {
    return text("evaluation.theory.kind." + kind.name());
  }

  public String check(TheoryCheck check) {
    return text("evaluation.theory.check." + check.kind().name(), check.title());
  }

  /** What the drawing shows: each step's current title and rolled-up percent, and a summary for its label. */
  public TheorySvg.Labels forDrawing(TheoryOfChange theory, Function<ChangeNode, String> titles, RollUp rollUp, String targetStatement) {
    Map<String, String> shownTitles = new HashMap<>();
    Map<String, BigDecimal> percents = new HashMap<>();
    for (ChangeNode node : theory.nodes()) {
      shownTitles.put(node.id(), titles.apply(node));
      BigDecimal percent = rollUp.of(node.id()).percent();
      if (percent != null) {
        percents.put(node.id(), percent);
      }
    }
    String target = targetStatement == null || targetStatement.isBlank() ? "" : targetStatement;
    String summary = text("evaluation.theory.summary", theory.nodes().size(), theory.links().size(), target);
    return new TheorySvg.Labels(this::kind, text("evaluation.theory.target"), target, summary, shownTitles, percents, rollUp.target().percent());
  }
}
