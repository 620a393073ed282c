package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fails, as it should: HandMadeExport sends a field the spec does not allow, and the kit's
 * extension fails the test after it, naming the rule. Tagged so that the ordinary run leaves it out;
 * tools/release-check runs it alone and checks the failure's message.
 */
@Tag("breaks-the-spec")
class ForbiddenRequestTest {
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  @Test
  void theHandMadeExportKeepsToTheSpec() throws IOException {
    String json = new HandMadeExport(fake.baseUrl(), FakeServerExtension.LOGIN,
        FakeServerExtension.PASSWORD).summaryJson("example.com");

    // The fake answers as the service's documentation does; the spec check fails the test after.
    assertTrue(json.contains("\"status_code\": 20000"), json);
  }
}
