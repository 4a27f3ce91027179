package dev.chatinbox.core.application.view;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read: a use case that changes nothing and answers from the read models. It runs without a
 * JTA transaction, all its statements on one pooled database connection taken for the call and
 * given back after it (on a caller's transaction, when one is already under way). The house pattern
 * of README "How a request flows": a read never declares {@code @Transactional}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Read {}
