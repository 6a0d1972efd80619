package dev.hearth.platform.telegram;

/** Whether a chat is one person's private chat or a group, which have different rate limits. */
enum ChatKind {
    PRIVATE,
    GROUP;

    /** The kind of a chat from its id: Telegram gives people positive ids and groups negative ones. */
    static ChatKind ofChatId(long chatId) {
        return chatId > 0 ? PRIVATE : GROUP;
    }
}
