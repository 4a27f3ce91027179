/** The clock the application reads time from (the system UTC clock; tests inject their own). */
package dev.chatinbox.core.infrastructure.clock;
