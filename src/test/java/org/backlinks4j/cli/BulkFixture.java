package org.backlinks4j.cli;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.backlinks4j.internal.Wire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bulk tests share: the fake with its default client, a folder with the run's input and
 * output in it, the command line of a run against the fake, and reading its records back.
 */
abstract class BulkFixture {
  private static final JsonAdapter<Object> JSON = Wire.MOSHI.adapter(Object.class);

  @TempDir Path dir;
  @RegisterExtension final FakeServerExtension fake = FakeServerExtension.withDefaultClient();
  FakeDataForSeo server;
  Path input;
  Path output;

  @BeforeEach
  void setUpTheRun() {
    server = fake.server();
    input = dir.resolve("targets.txt");
    output = dir.resolve("out.jsonl");
  }

  /** {@code bulk} from the input to {@code output} on the fake, no progress, then {@code extra}. */
  String[] args(Path output, String... extra) {
    List<String> args = new ArrayList<>(Arrays.asList("bulk", "--input", input.toString(),
        "--output", output.toString(), "--base-url", server.baseUrl(), "--progress", "none"));
    args.addAll(Arrays.asList(extra));
    return args.toArray(new String[0]);
  }

  /** Runs {@code args} with the fake's credentials: what went to stdout and stderr. */
  static Cli.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        Answers.credentials());
    return new Cli.Result(code, out.toString(), err.toString());
  }

  /** Writes the input: site1.example.com to site{@code count}.example.com. */
  List<String> targets(int count) throws IOException {
    List<String> targets = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      targets.add("site" + i + ".example.com");
    }
    Files.write(input, targets, StandardCharsets.UTF_8);
    return targets;
  }

  List<String> outputLines() throws IOException {
    return Files.readAllLines(output, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String line) throws IOException {
    return (Map<String, Object>) JSON.fromJson(line);
  }

  /** The targets of JSON records, in their order. */
  static List<String> targetsOf(List<String> lines) throws IOException {
    List<String> targets = new ArrayList<>();
    for (String line : lines) {
      targets.add((String) parse(line).get("target"));
    }
    return targets;
  }
}
