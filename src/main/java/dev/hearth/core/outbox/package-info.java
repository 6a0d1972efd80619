/**
 * Proactive messages that survive a restart: the scheduler hands them to a {@link
 * dev.hearth.core.outbox.DurableOutbox}, which stores them; the {@link dev.hearth.core.outbox.OutboxPump}
 * takes them from the store in order and gives them to each platform's {@link
 * dev.hearth.core.outbox.Courier}, which sends within that platform's limits and says how it went. Sent
 * messages leave the store; what was not sent is still there after a crash or a stop.
 */
package dev.hearth.core.outbox;
