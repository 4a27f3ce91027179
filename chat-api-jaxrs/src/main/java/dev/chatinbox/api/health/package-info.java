/** MicroProfile Health checks served at /health, /health/ready and /health/live. */
package dev.chatinbox.api.health;
