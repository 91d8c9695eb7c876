package org.missionhub.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Comments' Markdown: formatting survives, nothing from the OWASP XSS filter-evasion cheat sheet runs. */
class SafeMarkdownTest {

  private static final Set<String> ALLOWED = Set.of("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h3", "h4", "h5", "h6", "hr", "a");

  /** Vectors from the OWASP XSS Filter Evasion Cheat Sheet, as raw text and inside Markdown constructs. */
  static final List<String> VECTORS = List.of(
      "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
      "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
      "<IMG SRC=\"javascript:alert('XSS');\">",
      "<IMG SRC=javascript:alert('XSS')>",
      "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
      "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
      "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
      "<IMG SRC=# onmouseover=\"alert('xxs')\">",
      "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
      "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
      "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
      "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
      "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
      "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
      "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
      "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
      "<iframe src=http://xss.rocks/scriptlet.html <",
      "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
      "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
      "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
      "<svg/onload=alert('XSS')>",
      "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
      "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
      "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
      "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
      "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
      "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
      "<BASE HREF=\"javascript:alert('XSS');//\">",
      "[click me](javascript:alert('XSS'))",
      "[click me](JaVaScRiPt:alert(1))",
      "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[click me](vbscript:msgbox(1))",
      "![image](javascript:alert(1))",
      "![x](https://example.org/x.png\"onerror=\"alert(1))",
      "[a](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
      "<https://example.org/\"onmouseover=\"alert(1)>",
      "`<script>alert(1)</script>`",
      "> <script>alert(1)</script>",
      "* <img src=x onerror=alert(1)>",
      "[link](&#106;avascript:alert(1))");

  /**
   * Whatever the vector, the HTML holds only allowed elements, with no attribute but a link's {@code href} (to
   * http, https or mailto) and {@code rel}, or a list's {@code start}: what stays of the vector is text, escaped.
   */
  @ParameterizedTest
  @FieldSource("VECTORS")
  void nothingRuns(String vector) {
    String html = SafeMarkdown.html(vector);
    Matcher tags = Pattern.compile("<\\s*/?\\s*([A-Za-z0-9]+)([^>]*)>").matcher(html);
    while (tags.find()) {
      assertThat(ALLOWED).as(html).contains(tags.group(1).toLowerCase(Locale.ROOT));
      Matcher attributes = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"").matcher(tags.group(2));
      String rest = tags.group(2);
      while (attributes.find()) {
        String name = attributes.group(1).toLowerCase(Locale.ROOT);
        assertThat(name).as(html).isIn("href", "rel", "start");
        if (name.equals("href")) {
          assertThat(attributes.group(2)).as("a link goes nowhere or to the web or mail: " + html).matches("|(https?://|mailto:).*");
        }
        rest = rest.replace(attributes.group(0), "");
      }
      assertThat(rest.replace("/", "").strip()).as("nothing but quoted attributes in " + html).isEmpty();
    }
    assertThat(html).as("no raw angle bracket outside a tag").doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<meta", "<base", "<embed", "<object");
  }

  @Test
  void formattingAndLinksSurvive() {
    String html = SafeMarkdown.html("We **agree** with *the board*.\n\n- first\n- second\n\nSee [the plan](https://example.org/plan?a=1&b=2) and `code`.\n\n> quoted");
    assertThat(html).contains("<strong>agree</strong>", "<em>the board</em>", "<ul>", "<li>first</li>", "<code>code</code>", "<blockquote>")
        .containsPattern("<a href=\"https://example.org/plan\\?a&#61;1&amp;b&#61;2\" rel=\"(nofollow|noopener|noreferrer)( (nofollow|noopener|noreferrer)){2}\">the plan</a>");
  }

  @Test
  void headingsAreKeptSmallAndTextIsEscaped() {
    assertThat(SafeMarkdown.html("# Big\n\nA < B & C")).isEqualTo("<h4>Big</h4>\n<p>A &lt; B &amp; C</p>");
  }
}
