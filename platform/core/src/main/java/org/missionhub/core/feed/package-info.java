/**
 * Feeds behind secret addresses (contract 1.4.0): a person subscribes to a plugin's feed (a calendar of
 * milestones, say) and gets an address holding a secret, which a calendar client polls without signing in.
 * The platform keeps only the secret's hash, checks at every read that the person may still see what the
 * feed shows (account, membership, organisation, mission, plugin), and lets the person or an organisation
 * administrator revoke it.
 */
package org.missionhub.core.feed;
