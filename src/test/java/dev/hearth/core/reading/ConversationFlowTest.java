package dev.hearth.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.core.person.ConversationFlow;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConversationFlowTest {
    @Test
    @DisplayName("the flow survives being stored, and unreadable stored text is a fresh flow")
    void storedForm() {
        ConversationFlow flow = new ConversationFlow(2, List.of("work", "money"), "short-answer", 9, "it sounds like");
        assertThat(ConversationFlow.decode(flow.encode())).isEqualTo(flow);
        assertThat(ConversationFlow.decode("")).isEqualTo(ConversationFlow.NONE);
        assertThat(ConversationFlow.decode("x;y;z;w")).isEqualTo(ConversationFlow.NONE);
        assertThat(ConversationFlow.decode(null)).isEqualTo(ConversationFlow.NONE);
    }

    @Test
    @DisplayName("separators in an avoided wording cannot break the stored form")
    void separators() {
        ConversationFlow flow = new ConversationFlow(0, List.of(), "complaint", 3, "that;is,odd");
        assertThat(ConversationFlow.decode(flow.encode()).avoid()).isEqualTo("that is odd");
    }
}
