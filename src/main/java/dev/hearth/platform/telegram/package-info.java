/**
 * Hearth on Telegram, over the telegrambots library with long polling.
 *
 * <p>Public entry points: {@link dev.hearth.platform.telegram.TelegramModule} (Guice wiring),
 * {@link dev.hearth.platform.telegram.TelegramPlatform} (start and stop, the bot's username and start link),
 * {@link dev.hearth.platform.telegram.TelegramCourier} (proactive messages),
 * {@link dev.hearth.platform.telegram.TelegramSettings} and {@link dev.hearth.platform.telegram.TelegramTuning}
 * (configuration) and {@link dev.hearth.platform.telegram.UnreachableListener} (people who blocked the bot).
 *
 * <p>How an update flows: the library's poll thread hands each batch to {@code UpdateHandler}, which
 * translates each update ({@code UpdateTranslator}), runs the core's turn on a turn thread (one chat's
 * updates in order), and queues the replies ({@code TurnDelivery}, {@code ReplyRenderer}). The batch is
 * acknowledged to Telegram by the next poll, which the library makes only after the handler returns.
 * Every message leaves through one {@code SendQueue} thread that keeps Telegram's limits and retries.
 *
 * <p>Threads, all named {@code hearth-telegram-*} and ended by {@code TelegramPlatform.stop()}: {@code poll}
 * (one), {@code turn} (a few), {@code send} (one), {@code typing} (one) and {@code http} (OkHttp's
 * asynchronous calls, idle ones end after a minute).
 */
package dev.hearth.platform.telegram;
