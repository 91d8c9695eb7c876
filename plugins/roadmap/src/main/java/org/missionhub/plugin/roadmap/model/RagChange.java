package org.missionhub.plugin.roadmap.model;

import java.time.OffsetDateTime;

/** One entry of an initiative's RAG history: the status it got, why, who set it and when. */
public record RagChange(Rag rag, String reason, String changedBy, String changedByName, OffsetDateTime changedAt) {}
