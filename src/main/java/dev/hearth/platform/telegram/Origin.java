package dev.hearth.platform.telegram;

/**
 * Where an update came from, in Telegram's terms, so replies can find their way back.
 *
 * @param chatId    the chat the message or button was in
 * @param kind      private chat or group
 * @param userId    the person; in Telegram also the id of their private chat
 * @param messageId the message written or the message whose button was pressed
 * @param threadId  the forum topic in a group, or null
 */
record Origin(long chatId, ChatKind kind, long userId, Integer messageId, Integer threadId) {

    /** Where replies everyone may see go: the same chat and topic, answering the message in a group. */
    Target here() {
        return new Target(chatId, kind, threadId, kind == ChatKind.GROUP ? messageId : null);
    }

    /** Where replies only this person may see go: their private chat. */
    Target personally() {
        return kind == ChatKind.PRIVATE ? here() : Target.privateChat(userId);
    }
}
