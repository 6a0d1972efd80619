package dev.hearth.platform.telegram;

import dev.hearth.core.Button;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Lays out a reply's buttons as an inline keyboard: a button's id is its callback data, and buttons
 * share a row while their labels fit (five mood buttons make one row; long labels get rows of their own).
 */
final class Keyboards {
    /** Telegram's limit on callback data. */
    static final int MAX_CALLBACK_BYTES = 64;
    private static final int MAX_PER_ROW = 5;
    private static final int ROW_WIDTH = 30;
    private static final Logger log = LoggerFactory.getLogger(Keyboards.class);

    private Keyboards() {
    }

    /** The keyboard for these buttons; empty when there are none that Telegram accepts. */
    static Optional<InlineKeyboardMarkup> of(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        int width = 0;
        for (Button button : buttons) {
            if (!fits(button)) {
                log.warn("A button id is empty or longer than {} bytes; the button was left out", MAX_CALLBACK_BYTES);
                continue;
            }
            int labelWidth = button.label().codePointCount(0, button.label().length());
            if (!row.isEmpty() && (row.size() == MAX_PER_ROW || width + labelWidth > ROW_WIDTH)) {
                rows.add(row);
                row = new InlineKeyboardRow();
                width = 0;
            }
            row.add(InlineKeyboardButton.builder().text(button.label()).callbackData(button.id()).build());
            width += labelWidth;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new InlineKeyboardMarkup(rows));
    }

    private static boolean fits(Button button) {
        int bytes = button.id().getBytes(StandardCharsets.UTF_8).length;
        return bytes > 0 && bytes <= MAX_CALLBACK_BYTES && !button.label().isBlank();
    }
}
