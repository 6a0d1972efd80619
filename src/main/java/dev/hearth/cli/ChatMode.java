package dev.hearth.cli;

import dev.hearth.core.Attachment;
import dev.hearth.core.Button;
import dev.hearth.core.ConversationRef;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal chat, Hearth's console platform: one person (the operating-system user) talking in
 * the terminal. Buttons are shown numbered and chosen by typing the number; attachments are saved in
 * the data directory. {@code /quit} or end of input stops it.
 */
public final class ChatMode {
    private static final String PLATFORM = "console";

    private final Conversations conversations;
    private final Clock clock;
    private final Path attachmentDir;
    private final UserRef person;

    public ChatMode(Conversations conversations, Clock clock, Path attachmentDir, String userName) {
        this.conversations = conversations;
        this.clock = clock;
        this.attachmentDir = attachmentDir;
        this.person = new UserRef(PLATFORM, userName.isBlank() ? "you" : userName);
    }

    /** Talks until the input ends; returns the exit code. */
    public int run(BufferedReader in, PrintWriter out, boolean interactive) throws IOException {
        ConversationRef where = new ConversationRef(PLATFORM, "terminal");
        if (interactive) {
            out.println("Hearth: talking in the terminal. Type /help for commands, /quit to leave.");
            out.println();
        }
        List<Button> pending = List.of();
        while (true) {
            if (interactive) {
                out.print("you> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            String text = line.strip();
            if (text.equalsIgnoreCase("/quit") || text.equalsIgnoreCase("/exit")) {
                break;
            }
            Inbound inbound = Inbound.privateMessage(person, where, line, clock.instant())
                    .withLocale(Locale.getDefault());
            Button chosen = chosenButton(text, pending);
            if (chosen != null) {
                inbound = inbound.withText("").withAction(chosen.id());
            }
            TurnResult result = conversations.handle(inbound);
            pending = show(result, out);
        }
        return 0;
    }

    private static Button chosenButton(String text, List<Button> pending) {
        if (pending.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= pending.size() ? pending.get(n - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<Button> show(TurnResult result, PrintWriter out) throws IOException {
        List<Button> buttons = new ArrayList<>();
        for (Reply reply : result.replies()) {
            for (String part : reply.parts()) {
                out.println("hearth> " + part.replace("\n", "\n        "));
            }
            for (Button button : reply.buttons()) {
                buttons.add(button);
                out.println("        [" + buttons.size() + "] " + button.label());
            }
            for (Attachment attachment : reply.attachments()) {
                Files.createDirectories(attachmentDir);
                Path file = attachmentDir.resolve(attachment.fileName());
                Files.write(file, attachment.content());
                out.println("        (saved " + file + ")");
                if (!attachment.altText().isBlank()) {
                    out.println("        " + attachment.altText());    // what the image shows, in words
                }
            }
        }
        if (!buttons.isEmpty()) {
            out.println("        Type a number to choose.");
        }
        out.println();
        out.flush();
        return buttons;
    }
}
