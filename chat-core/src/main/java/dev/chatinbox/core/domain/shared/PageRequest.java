package dev.chatinbox.core.domain.shared;

/**
 * A 1-based page of a list: {@code page ≥ 1}, {@code 1 ≤ pageSize ≤ 200} (decisions.md).
 *
 * @param page 1-based page number
 * @param pageSize rows per page
 */
public record PageRequest(int page, int pageSize) {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 200;

  /** Highest page number accepted: deeper pages would be OFFSET scans nobody needs. */
  public static final int MAX_PAGE = 10_000;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
    }
  }

  /** Rows to skip before this page. */
  public int offset() {
    return (page - 1) * pageSize;
  }
}
