package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.view.Read;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs a {@link Read} use case on one database connection ({@link SqlReads#within}). */
@Read
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReadInterceptor {
  private final SqlReads reads;

  @Inject
  public ReadInterceptor(SqlReads reads) {
    this.reads = reads;
  }

  @AroundInvoke
  public Object read(InvocationContext invocation) throws Exception {
    try {
      return reads.within(
          () -> {
            try {
              return invocation.proceed();
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new Checked(e);
            }
          });
    } catch (Checked e) {
      throw (Exception) e.getCause();
    }
  }

  /** A checked exception of the use case carried through the supplier. */
  private static final class Checked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Checked(Exception cause) {
      super(cause);
    }
  }
}
