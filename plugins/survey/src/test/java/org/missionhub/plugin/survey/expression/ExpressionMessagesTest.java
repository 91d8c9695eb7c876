package org.missionhub.plugin.survey.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Why an expression cannot be read, in the builder's languages: each reason the parser gives has its message in
 * English, French and Danish, and the English one says exactly what the API says.
 */
class ExpressionMessagesTest {

  private static final List<String> BROKEN =
      List.of("", "${a} =", "(${a} = 1", "selected ${a}", "round(1, 2, 3)", "int(1, 2)", "today()", "${a", "${a b} = 1", "'open", "1.2.3 = ${a}",
          "${a} # 1", "${a} = 1 )");

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "da"})
  void everyReasonTheParserGivesIsSaidInTheLanguage(String language) throws IOException {
    Properties messages = messages(language);
    Set<ExpressionException.Reason> seen = EnumSet.noneOf(ExpressionException.Reason.class);
    for (String source : BROKEN) {
      ExpressionException e = catchThrowableOfType(() -> Expression.parse(source), ExpressionException.class);
      assertThat(e).as(source).isNotNull();
      seen.add(e.reason());
      String pattern = messages.getProperty("survey.expression." + e.reason().key());
      assertThat(pattern).as(language + ": " + e.reason()).isNotNull();
      // as the workspace's translations render it: a pattern only when there are arguments
      String said = e.arguments().isEmpty() ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(e.arguments().toArray());
      assertThat(said).as(source).doesNotContain("''").doesNotContain("{0}").doesNotContain("{1}");
      if (language.equals("en")) {
        assertThat(said).as(source).isEqualTo(e.why());
      }
    }
    assertThat(seen).as("the broken expressions cover the reasons").containsAll(EnumSet.allOf(ExpressionException.Reason.class));
    assertThat(messages.getProperty("survey.expression.notAskedBefore")).isNotBlank();
  }

  private static Properties messages(String language) throws IOException {
    String name = "/org/missionhub/plugin/survey/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
    Properties properties = new Properties();
    try (InputStream in = ExpressionMessagesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
