/**
 * Wellbeing tools beside the conversation: the person's own safety plan ({@code /safetyplan}), paced
 * breathing ({@code /breathe}) and 5-4-3-2-1 grounding ({@code /ground}), the opt-in weekly summary
 * ({@code /summary}), and what Hearth waits to hear next (a note after a check-in, a safety plan step).
 * Every message still passes the safety layer before any of these see it.
 */
package dev.hearth.core.wellbeing;
