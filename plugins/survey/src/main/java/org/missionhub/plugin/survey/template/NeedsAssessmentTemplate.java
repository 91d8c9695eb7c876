package org.missionhub.plugin.survey.template;

import static org.missionhub.plugin.survey.instrument.QuestionType.COUNTRY;
import static org.missionhub.plugin.survey.instrument.QuestionType.TEXT_LONG;

import java.util.List;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * The built-in template: the missions needs-assessment survey of the OECD Mission Action Lab and the
 * Danish Design Centre, reconstructed from their published findings (who answered, how missions are set,
 * their phase and field, how they are characterised, what made them possible, funding, risks, challenges
 * and the help needed). Codes are stable: waves of a benchmark compare on them.
 */
public final class NeedsAssessmentTemplate {

  public static final String CODE = "missions_needs_assessment";

  private NeedsAssessmentTemplate() {}

  public static Instrument instrument() {
    return new Instrument(
        CODE,
        t("Missions needs assessment", "Évaluation des besoins des missions", "Behovsanalyse for missioner"),
        t(
            "How missions work in practice, where they struggle and where more support is needed.",
            "Comment les missions fonctionnent en pratique, où elles peinent et où un soutien accru est nécessaire.",
            "Hvordan missioner fungerer i praksis, hvor de har det svært, og hvor der er brug for mere støtte."),
        List.of(you(), mission(), drivers(), challenges()));
  }

  /**
   * The mission questions are for everyone who has worked on a mission, about the one they know best when not
   * involved at the moment: the deck's mission-practice charts are over all its respondents (N: 141), and
   * "currently involved" stays a question to cross them by.
   */
  private static final String WORKED_ON_A_MISSION = "${involved} != 'no'";

  private static Section you() {
    return Section.of(
        "about_you",
        t("About you", "À propos de vous", "Om dig"),
        Question.singleChoice(
                "involved",
                t("Are you currently involved in mission-oriented innovation?", "Participez-vous actuellement à une innovation orientée mission ?", "Er du i øjeblikket involveret i missionsorienteret innovation?"),
                List.of(
                    o("yes", "Yes", "Oui", "Ja"),
                    o("previously", "Not at the moment, but I have worked on a mission", "Pas en ce moment, mais j’ai travaillé sur une mission",
                        "Ikke lige nu, men jeg har arbejdet med en mission"),
                    o("no", "No, never", "Non, jamais", "Nej, aldrig")))
            .mandatory(),
        Question.singleChoice(
                "role",
                t("What is (or was) your role in the mission?", "Quel est (ou était) votre rôle dans la mission ?", "Hvad er (eller var) din rolle i missionen?"),
                List.of(
                    o("leader", "Leader", "Responsable", "Leder"),
                    o("coordinator", "Coordinator", "Coordinateur", "Koordinator"),
                    o("initiator", "Initiator", "Initiateur", "Initiativtager"),
                    o("implementer", "Implementer", "Mise en œuvre", "Implementerende"),
                    o("participant", "Participant", "Participant", "Deltager")))
            .mandatory()
            .shownWhen(WORKED_ON_A_MISSION),
        Question.plain("country", COUNTRY, t("In which country do you work?", "Dans quel pays travaillez-vous ?", "I hvilket land arbejder du?")).mandatory(),
        Question.singleChoice(
                "organisation_type",
                t("What kind of organisation do you work for?", "Pour quel type d’organisation travaillez-vous ?", "Hvilken type organisation arbejder du for?"),
                List.of(
                    o("national_government", "National government", "Gouvernement national", "Nationale myndigheder"),
                    o("regional_government", "Regional government", "Gouvernement régional", "Regionale myndigheder"),
                    o("local_government", "Local government", "Collectivité locale", "Kommune"),
                    o("ngo", "NGO", "ONG", "NGO"),
                    o("foundation", "Foundation or philanthropy", "Fondation ou philanthropie", "Fond eller filantropi"),
                    o("private", "Private sector", "Secteur privé", "Privat sektor"),
                    o("academia", "Academia or research", "Université ou recherche", "Universitet eller forskning"),
                    o("international", "International organisation", "Organisation internationale", "International organisation")))
            .withOtherSpecify()
            .mandatory());
  }

  private static Section mission() {
    List<Option> agreement =
        List.of(
            o("1", "Strongly disagree", "Pas du tout d’accord", "Meget uenig"),
            o("2", "Disagree", "Pas d’accord", "Uenig"),
            o("3", "Neither agree nor disagree", "Ni d’accord ni pas d’accord", "Hverken enig eller uenig"),
            o("4", "Agree", "D’accord", "Enig"),
            o("5", "Strongly agree", "Tout à fait d’accord", "Meget enig"));
    return Section.of(
            "your_mission",
            t("Your mission", "Votre mission", "Din mission"),
            Question.singleChoice(
                    "setting",
                    t("How was the mission set?", "Comment la mission a-t-elle été définie ?", "Hvordan blev missionen sat?"),
                    List.of(
                        o("top_down", "Top-down: set primarily by government bodies or officials, who coordinate and drive it",
                            "Descendante : définie surtout par des autorités publiques, qui la coordonnent et la pilotent",
                            "Top-down: sat primært af offentlige myndigheder, som koordinerer og driver den"),
                        o("bottom_up", "Bottom-up: set primarily by the stakeholders and driven by the ecosystem around the mission",
                            "Ascendante : définie surtout par les parties prenantes et portée par l’écosystème de la mission",
                            "Bottom-up: sat primært af interessenterne og drevet af økosystemet omkring missionen")))
                .withHelp(t("Not involved at the moment? Answer about the mission you know best.", "Pas impliqué(e) en ce moment ? Répondez pour la mission que vous connaissez le mieux.",
                    "Ikke involveret lige nu? Svar om den mission, du kender bedst."))
                .mandatory(),
            Question.singleChoice(
                    "phase",
                    t("What phase is your mission in?", "À quelle phase se trouve votre mission ?", "Hvilken fase er din mission i?"),
                    List.of(
                        o("getting_started", "Getting started (setting up the mission, getting buy-in)", "Au démarrage (mise en place, adhésion)", "I gang med at starte (opsætning, opbakning)"),
                        o("middle", "In the middle of it (developing portfolios, implementing initiatives)", "En cours (portefeuilles, mise en œuvre d’initiatives)", "Midt i det (porteføljer, implementering af initiativer)"),
                        o("end", "At the end of it (evaluating final impact)", "À la fin (évaluation de l’impact final)", "Ved afslutningen (evaluering af den endelige effekt)")))
                .mandatory(),
            Question.singleChoice(
                    "challenge_field",
                    t("Which societal challenge does the mission address?", "À quel défi sociétal la mission répond-elle ?", "Hvilken samfundsudfordring adresserer missionen?"),
                    List.of(
                        o("climate_environment", "Climate and environment", "Climat et environnement", "Klima og miljø"),
                        o("health_wellbeing", "Health and well-being", "Santé et bien-être", "Sundhed og trivsel"),
                        o("social_inclusion", "Social inclusion", "Inclusion sociale", "Social inklusion"),
                        o("digital", "Digital transition", "Transition numérique", "Digital omstilling"),
                        o("circular_economy", "Circular economy", "Économie circulaire", "Cirkulær økonomi"),
                        o("mobility", "Mobility", "Mobilité", "Mobilitet"),
                        o("food_systems", "Food systems", "Systèmes alimentaires", "Fødevaresystemer"),
                        o("education", "Education", "Éducation", "Uddannelse")))
                .withOtherSpecify()
                .mandatory(),
            Question.matrix(
                "characteristics",
                t("How would you characterise your mission in regard to the following statements?", "Comment caractériseriez-vous votre mission au regard des affirmations suivantes ?", "Hvordan vil du karakterisere din mission i forhold til følgende udsagn?"),
                agreement,
                List.of(
                    o("clear_target", "The mission has a clearly defined target", "La mission a une cible clairement définie", "Missionen har et klart defineret mål"),
                    o("monitoring_plan", "The mission has a clear plan and process for monitoring and evaluation", "La mission a un plan et un processus clairs de suivi et d’évaluation", "Missionen har en klar plan og proces for opfølgning og evaluering"),
                    o("common_goal", "The stakeholders are aligned towards a common goal", "Les parties prenantes sont alignées sur un objectif commun", "Interessenterne er samlet om et fælles mål"),
                    o("portfolio", "The mission is pursued through a portfolio of projects", "La mission est menée au moyen d’un portefeuille de projets", "Missionen forfølges gennem en portefølje af projekter"),
                    o("committed_support", "The mission has committed support from leadership", "La mission bénéficie d’un soutien engagé de la direction", "Missionen har engageret opbakning fra ledelsen"))))
        .shownWhen(WORKED_ON_A_MISSION);
  }

  private static Section drivers() {
    return Section.of(
            "drivers_and_funding",
            t("What makes mission work possible", "Ce qui rend le travail de mission possible", "Hvad gør missionsarbejdet muligt"),
            Question.multipleChoice(
                    "external_drivers",
                    t("Which external drivers have made mission-oriented work possible?", "Quels facteurs externes ont rendu possible le travail orienté mission ?", "Hvilke eksterne drivkræfter har gjort missionsorienteret arbejde muligt?"),
                    List.of(
                        o("collaboration", "Collaboration", "Collaboration", "Samarbejde"),
                        o("global_challenges", "Global challenges", "Défis mondiaux", "Globale udfordringer"),
                        o("economic", "Economic factors", "Facteurs économiques", "Økonomiske forhold"),
                        o("direction", "Political direction", "Orientation politique", "Politisk retning"),
                        o("individuals", "Individuals", "Des personnes", "Enkeltpersoner")))
                .withOtherSpecify(),
            Question.multipleChoice(
                    "internal_drivers",
                    t("Which internal drivers have made it possible?", "Quels facteurs internes l’ont rendu possible ?", "Hvilke interne drivkræfter har gjort det muligt?"),
                    List.of(
                        o("strategy", "Strategy", "Stratégie", "Strategi"),
                        o("policy", "Policy", "Politique publique", "Politik"),
                        o("impact", "Focus on impact", "Recherche d’impact", "Fokus på effekt"),
                        o("capacity", "Capacity", "Capacités", "Kapacitet"),
                        o("method", "Method", "Méthode", "Metode")))
                .withOtherSpecify(),
            Question.multipleChoice(
                    "funding_sources",
                    t("Where does the mission's funding come from?", "D’où vient le financement de la mission ?", "Hvor kommer missionens finansiering fra?"),
                    List.of(
                        o("national_state", "National state", "État", "Staten"),
                        o("regional", "Regional government", "Région", "Region"),
                        o("local", "Local government", "Collectivités locales", "Kommune"),
                        o("eu", "European Union", "Union européenne", "EU"),
                        o("philanthropic", "Philanthropic foundations", "Fondations philanthropiques", "Filantropiske fonde"),
                        o("impact_investment", "Impact investment", "Investissement à impact", "Impact-investering"),
                        o("private", "Private companies", "Entreprises privées", "Private virksomheder"),
                        o("own_budget", "Our own budget", "Notre propre budget", "Eget budget")))
                .withOtherSpecify())
        .shownWhen(WORKED_ON_A_MISSION);
  }

  private static Section challenges() {
    return Section.of(
        "challenges_and_support",
        t("Challenges and support", "Défis et soutien", "Udfordringer og støtte"),
        Question.multipleChoice(
                "risks",
                t("What are the biggest risks of the mission failing?", "Quels sont les plus grands risques d’échec de la mission ?", "Hvad er de største risici for, at missionen mislykkes?"),
                List.of(
                    o("silos", "Effect of silos", "Effet des silos", "Siloeffekter"),
                    o("momentum", "Keeping momentum and motivation over time", "Maintenir l’élan et la motivation dans la durée", "At holde momentum og motivation over tid"),
                    o("committed_support", "Lack of committed support", "Manque de soutien engagé", "Manglende engageret opbakning"),
                    o("reliance_on_individuals", "Reliance on a charismatic individual rather than governance", "Dépendance à une personne charismatique plutôt qu’à une gouvernance", "Afhængighed af en karismatisk person frem for styring")))
            .withOtherSpecify(),
        Question.multipleChoice(
                "challenges",
                t("What are the challenges in your current mission work?", "Quels sont les défis de votre travail de mission actuel ?", "Hvad er udfordringerne i dit nuværende missionsarbejde?"),
                List.of(
                    o("aligning_resources", "Aligning resources across government or organisations", "Aligner les ressources entre administrations ou organisations", "At samle ressourcer på tværs af myndigheder eller organisationer"),
                    o("organisational_models", "Changing organisational models, governance and leadership practices", "Changer les modèles d’organisation, la gouvernance et le leadership", "At ændre organisationsmodeller, styring og ledelsespraksis"),
                    o("budget_cycles", "Fitting mission implementation into budgeting timelines and structures", "Inscrire la mise en œuvre dans les calendriers et structures budgétaires", "At passe missionen ind i budgetcyklusser og -strukturer")))
            .withOtherSpecify(),
        Question.multipleChoice(
                "help_needed",
                t("In what areas do you need external help?", "Dans quels domaines avez-vous besoin d’aide extérieure ?", "På hvilke områder har du brug for hjælp udefra?"),
                List.of(
                    o("data_insights", "Collecting the right data and insights to feed back into the mission", "Collecter les bonnes données pour nourrir la mission", "At indsamle de rette data og indsigter til missionen"),
                    o("portfolio_agility", "Agility and adaptability in the portfolio", "Agilité et adaptabilité du portefeuille", "Smidighed og tilpasning i porteføljen"),
                    o("roadmap", "Building and sustaining the mission roadmap", "Construire et tenir la feuille de route", "At bygge og fastholde missionens køreplan"),
                    o("evaluation", "Monitoring and evaluation", "Suivi et évaluation", "Opfølgning og evaluering"),
                    o("governance", "Mission governance", "Gouvernance de la mission", "Styring af missionen"),
                    o("experimentation", "Experimentation", "Expérimentation", "Eksperimentering")))
            .withOtherSpecify(),
        Question.plain("reflections", TEXT_LONG, t("Anything else you would like to share?", "Souhaitez-vous ajouter quelque chose ?", "Er der andet, du gerne vil dele?")));
  }

  private static LocalizedText t(String en, String fr, String da) {
    return LocalizedText.of("en", en, "fr", fr, "da", da);
  }

  private static Option o(String code, String en, String fr, String da) {
    return Option.of(code, t(en, fr, da));
  }
}
