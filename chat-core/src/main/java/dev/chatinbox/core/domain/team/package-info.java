/**
 * Teams of agents: who belongs to which team, which channels' new inbound conversations a team
 * takes, and its opt-in round-robin auto-assignment.
 */
package dev.chatinbox.core.domain.team;
