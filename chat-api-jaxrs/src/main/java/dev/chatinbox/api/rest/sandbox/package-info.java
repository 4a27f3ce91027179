/** The sandbox carrier's simulator: play the contact while no real carrier is configured. */
package dev.chatinbox.api.rest.sandbox;
