package dev.hearth.core.person;

import java.util.ArrayList;
import java.util.List;

/**
 * How the last turns of a conversation went, so the next reply fits them: how many short answers
 * ("idk", "meh") came in a row, the topics of the previous message (situation-specific phrasing
 * follows only this message and the one before), the previous dialogue act, and the turn until
 * which Hearth keeps its phrasing plain (no restating) after the person complained about it.
 *
 * @param shortAnswers short answers in a row, this one included once recorded
 * @param lastTopics   the topics of the previous message
 * @param lastAct      the wire name of the previous message's dialogue act, empty at first
 * @param plainUntil   the turn number up to which replies do not restate the person's words
 * @param avoid        a wording of Hearth's the person asked it to stop using (lower case), else empty
 */
public record ConversationFlow(int shortAnswers, List<String> lastTopics, String lastAct, int plainUntil,
                               String avoid) {
    /** Nothing known yet. */
    public static final ConversationFlow NONE = new ConversationFlow(0, List.of(), "", 0, "");

    public ConversationFlow {
        lastTopics = List.copyOf(lastTopics);
        lastAct = lastAct == null ? "" : lastAct;
        avoid = avoid == null ? "" : avoid.replaceAll("[;,]", " ").strip();
    }

    /** The stored form: {@code shortAnswers;plainUntil;lastAct;topic,topic;avoid}. */
    public String encode() {
        return shortAnswers + ";" + plainUntil + ";" + lastAct + ";" + String.join(",", lastTopics) + ";" + avoid;
    }

    /** Reads the stored form; anything unreadable is a fresh flow, never a failed turn. */
    public static ConversationFlow decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        String[] parts = stored.split(";", -1);
        if (parts.length < 4) {
            return NONE;
        }
        try {
            List<String> topics = new ArrayList<>();
            for (String t : parts[3].split(",")) {
                if (!t.isBlank()) {
                    topics.add(t);
                }
            }
            return new ConversationFlow(Integer.parseInt(parts[0]), topics, parts[2], Integer.parseInt(parts[1]),
                    parts.length > 4 ? parts[4] : "");
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
