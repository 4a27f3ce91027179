package dev.chatinbox.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation only administrators may call: {@link AccessBeforeBodyFilter} refuses anyone
 * else with 403 before the request body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdministratorsOnly {}
