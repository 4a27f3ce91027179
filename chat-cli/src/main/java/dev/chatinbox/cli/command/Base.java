package dev.chatinbox.cli.command;

import dev.chatinbox.cli.ChatCli;
import dev.chatinbox.cli.support.Output;
import dev.chatinbox.sdk.ChatClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every leaf command needs: the root's options, a client, output. */
abstract class Base implements Callable<Integer> {
  @Spec CommandSpec spec;

  ChatCli root() {
    return (ChatCli) spec.root().userObject();
  }

  ChatClient client() {
    return root().client();
  }

  Output out() {
    return root().output(spec.commandLine().getOut());
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
