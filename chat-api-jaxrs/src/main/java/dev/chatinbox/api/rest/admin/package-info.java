/** Operating the server: what an administrator may inspect (the effective configuration). */
package dev.chatinbox.api.rest.admin;
