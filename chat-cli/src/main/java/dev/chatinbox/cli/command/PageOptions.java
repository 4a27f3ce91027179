package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.Page;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** {@code --page}, {@code --page-size} and {@code --all}: the paging options of every list. */
final class PageOptions {
  @Option(names = "--page", defaultValue = "1", description = "Page, from 1 (default 1)")
  int page;

  @Option(names = "--page-size", defaultValue = "50", description = "1 to 200 (default 50)")
  int pageSize;

  @Option(names = "--all", description = "Every page, fetched as needed")
  boolean all;

  /** What a list command shows: the items, and what {@code --json} prints. */
  record Listing<T>(List<T> items, Object json) {}

  /** One page (JSON: the page with its counts), or with {@code --all} every item (JSON: array). */
  <T> Listing<T> fetch(IntFunction<Page<T>> onePage, IntFunction<Stream<T>> everything) {
    if (all) {
      List<T> items = everything.apply(pageSize).toList();
      return new Listing<>(items, items);
    }
    Page<T> p = onePage.apply(page);
    return new Listing<>(p.items(), p);
  }
}
