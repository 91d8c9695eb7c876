package org.missionhub.core.workshop.application;

import java.util.List;
import java.util.Optional;
import org.missionhub.core.workshop.domain.Workshop;

/**
 * A workshop as one person sees it: whether they facilitate or take part, their group and dots left, and how far
 * the posting is (notes and people, never whose notes before the reveal); for a platform workshop's facilitator, the
 * slugs of the organisations it invites.
 */
public record WorkshopState(
    Workshop workshop,
    boolean canFacilitate,
    boolean canTakePart,
    boolean joined,
    Optional<Integer> myGroup,
    int dotsLeft,
    long notes,
    int participants,
    int organisations,
    List<String> invited) {}
