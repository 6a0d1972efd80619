/**
 * The optional support team of a server or group (off by default). Admins set it; after crisis care said
 * in a shared channel of that server, the private care also asks whether the person would like someone
 * from the team to know, and only on their yes does an adapter tell the team, without a word of what they
 * said. {@link dev.hearth.core.support.SupportCommands} answers the commands and buttons,
 * {@link dev.hearth.core.support.SupportOffers} makes the offer, {@link dev.hearth.core.support.SupportTeams}
 * is the port each platform implements.
 */
package dev.hearth.core.support;
