package org.missionhub.plugin.survey.ui;

import java.util.Locale;
import org.missionhub.api.plugin.LocalizedText;

/** The survey pages' words in English, French and Danish. */
final class Words {

  static final LocalizedText SAVE = of("Save draft", "Enregistrer le brouillon", "Gem kladde");
  static final LocalizedText SUBMIT = of("Submit", "Envoyer", "Indsend");
  static final LocalizedText SAVED = of("Saved. You can come back and finish later.", "Enregistré. Vous pourrez revenir terminer plus tard.", "Gemt. Du kan vende tilbage og gøre det færdigt senere.");
  static final LocalizedText SUBMITTED = of("Submitted. Thank you.", "Envoyé. Merci.", "Indsendt. Tak.");
  static final LocalizedText FIX = of("Some answers need your attention: see the marked questions.", "Certaines réponses demandent votre attention : voir les questions signalées.", "Nogle svar kræver din opmærksomhed: se de markerede spørgsmål.");
  static final LocalizedText NO_CAMPAIGN = of("No survey is open for this mission.", "Aucune enquête n’est ouverte pour cette mission.", "Intet spørgeskema er åbent for denne mission.");
  static final LocalizedText CAMPAIGN = of("Survey", "Enquête", "Spørgeskema");
  static final LocalizedText STATUS_NOT_STARTED = of("Not started", "Pas commencé", "Ikke påbegyndt");
  static final LocalizedText STATUS_DRAFT = of("Draft saved", "Brouillon enregistré", "Kladde gemt");
  static final LocalizedText STATUS_SUBMITTED = of("Submitted", "Envoyé", "Indsendt");
  static final LocalizedText PARTNER_ANSWERS = of("A partner organisation answers for this mission.", "Une organisation partenaire répond pour cette mission.", "En partnerorganisation svarer for denne mission.");
  static final LocalizedText ANONYMOUS_DONE = of("Submitted. This survey is anonymous: the answers are no longer linked to you or the mission.", "Envoyé. Cette enquête est anonyme : les réponses ne sont plus liées à vous ni à la mission.", "Indsendt. Spørgeskemaet er anonymt: svarene er ikke længere knyttet til dig eller missionen.");
  static final LocalizedText CLOSES = of("Closes", "Clôture", "Lukker");
  static final LocalizedText RESPONDENTS = of("Respondents", "Répondants", "Respondenter");
  static final LocalizedText WITHHELD = of("withheld (too few respondents)", "masqué (trop peu de répondants)", "skjult (for få respondenter)");
  static final LocalizedText TOO_FEW = of("Fewer respondents than the minimum answered: not shown.", "Moins de répondants que le minimum : non affiché.", "Færre respondenter end minimum: vises ikke.");
  static final LocalizedText TEXT_ONLY_COUNTED = of("Free-text answers are never shown across organisations.", "Les réponses libres ne sont jamais montrées entre organisations.", "Fritekstsvar vises aldrig på tværs af organisationer.");
  static final LocalizedText SHOW_TABLE = of("Show as a table", "Afficher en tableau", "Vis som tabel");
  static final LocalizedText CATEGORY = of("Answer", "Réponse", "Svar");
  static final LocalizedText SHARE = of("Share", "Part", "Andel");
  static final LocalizedText COUNT = of("Count", "Nombre", "Antal");
  static final LocalizedText GROUP = of("Group", "Groupe", "Gruppe");
  static final LocalizedText MEAN = of("Mean", "Moyenne", "Gennemsnit");
  static final LocalizedText NO_CROSSTAB = of("Choose a question", "Choisir une question", "Vælg et spørgsmål");
  static final LocalizedText INSIDE = of("Look inside a group", "Regarder dans un groupe", "Se inden i en gruppe");
  static final LocalizedText INSIDE_TOO_FEW = of(
      "Too few respondents in this group to break it down further.", "Trop peu de répondants dans ce groupe pour le ventiler davantage.",
      "For få respondenter i denne gruppe til at opdele den yderligere.");
  static final LocalizedText CROSS_WITH = of("Cross with", "Croiser avec", "Krydstabulér med");
  static final LocalizedText CROSSTAB_WITHHELD = of(
      "Too few respondents to show these two questions against each other.", "Trop peu de répondants pour croiser ces deux questions.",
      "For få respondenter til at vise de to spørgsmål mod hinanden.");
  static final LocalizedText CROSSTAB_NOTE = of(
      "Shares are of the row's respondents. Cells that would reveal small groups, alone or with the published results, are withheld.",
      "Les parts sont celles des répondants de la ligne. Les cases qui révéleraient de petits groupes, seules ou avec les résultats publiés, sont masquées.",
      "Andelene er af rækkens respondenter. Celler, der alene eller sammen med de offentliggjorte resultater ville afsløre små grupper, er skjult.");
  static final LocalizedText MEDIAN = of("Median", "Médiane", "Median");
  static final LocalizedText BREAKDOWN = of("Break down by", "Ventiler par", "Opdel efter");
  static final LocalizedText NONE = of("Nothing (all together)", "Rien (tous ensemble)", "Intet (alle samlet)");
  static final LocalizedText OTHER_GROUPS = of("Other groups (each too small)", "Autres groupes (chacun trop petit)", "Andre grupper (hver for lille)");
  static final LocalizedText YOU = of("Your organisation", "Votre organisation", "Jeres organisation");
  static final LocalizedText PEERS = of("Peers", "Pairs", "Sammenlignelige");
  static final LocalizedText COMPARE_WITH = of("Compare with", "Comparer avec", "Sammenlign med");
  static final LocalizedText WHERE_WE_STAND = of("Where do we stand", "Où en sommes-nous", "Hvor står vi");
  static final LocalizedText MISSION_SURVEYS = of("The mission's own surveys", "Les enquêtes de la mission", "Missionens egne spørgeskemaer");
  static final LocalizedText MISSION_SURVEYS_ABOUT = of(
      "Put a published questionnaire to the people of the mission's organisations, one response each. Its results are shown to these organisations only, under the same rules for small groups.",
      "Soumettez un questionnaire publié aux personnes des organisations de la mission, une réponse chacune. Ses résultats ne sont montrés qu’à ces organisations, avec les mêmes règles pour les petits groupes.",
      "Send et offentliggjort spørgeskema til personerne i missionens organisationer, ét svar hver. Resultaterne vises kun for disse organisationer, med de samme regler for små grupper.");
  static final LocalizedText NEW_MISSION_SURVEY = of("New survey", "Nouvelle enquête", "Nyt spørgeskema");
  static final LocalizedText MISSION_SURVEY = of("Mission survey", "Enquête de la mission", "Missionsspørgeskema");
  static final LocalizedText RESULTS = of("Results", "Résultats", "Resultater");
  static final LocalizedText NOT_PUBLISHED = of("Results are published after the survey closes.", "Les résultats sont publiés après la clôture de l’enquête.", "Resultaterne offentliggøres, når spørgeskemaet er lukket.");
  static final LocalizedText ANSWER_IN_MISSIONS = of("Answer it in the Surveys tab of each of your missions:", "Répondez-y dans l’onglet Enquêtes de chacune de vos missions :", "Besvar det under fanen Spørgeskemaer i hver af jeres missioner:");
  static final LocalizedText NO_INVITATIONS = of("No survey invites your organisation yet.", "Aucune enquête n’invite encore votre organisation.", "Intet spørgeskema inviterer endnu jeres organisation.");

  private Words() {}

  static LocalizedText of(String en, String fr, String da) {
    return LocalizedText.of("en", en, "fr", fr, "da", da);
  }

  static String in(LocalizedText text, Locale locale) {
    return text.in(locale);
  }
}
