/**
 * A mission's discussion: comments by the people working on it, across its organisations. PARTICIPANT and
 * up write; authors edit and delete their own comments; LEADERs and COORDINATORs moderate.
 */
package org.missionhub.core.discussion;
