package dev.hearth.core.checkin;

import java.time.LocalDate;

/**
 * One member's answer to a server check-in, as statistics read it: the local day, the score, and an
 * opaque number standing for the member (the same number for the same member), used only to count
 * distinct people. Never shown.
 */
public record AnswerFact(LocalDate day, int score, long member) {
}
