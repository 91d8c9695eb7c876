/**
 * The notes plugin's exported API (contract 1.3.0): its service {@link NotesService} and its event
 * {@link NoteAdded}, which the plugins requiring notes may use.
 */
package org.missionhub.plugin.notes.api;
