package org.missionhub.plugin.survey.response;

/** What is wrong with one answer: its key (a question code, {@code <code>_other} or {@code <code>.<item>}) and why. */
public record AnswerProblem(String key, String message) {}
