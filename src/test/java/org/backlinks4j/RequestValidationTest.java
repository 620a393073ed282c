package org.backlinks4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backlinks4j.BacklinksException.Origin;
import org.backlinks4j.fake.FakeDataForSeo;
import org.backlinks4j.fake.FakeServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of {@link RequestValidator}: a request that breaks it is refused with a message naming
 * the field and the rule, and nothing reaches the server.
 */
class RequestValidationTest {
  @RegisterExtension
  final FakeServerExtension fake = FakeServerExtension.withDefaultClient();

  private FakeDataForSeo server;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    server = fake.server();
    client = fake.client();
  }

  /** Builds and sends, as a caller would: the refusal must come before the send. */
  private InvalidRequestException refused(String field, Executable buildAndSend) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, buildAndSend);
    assertEquals(Origin.REQUEST, e.origin());
    assertEquals(0, e.statusCode());
    assertEquals(0, e.httpStatus());
    assertFalse(e.isRetryable());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    assertEquals(0, server.requestCount(), "nothing may reach the server");
    return e;
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankTargetIsRefused(String target) {
    InvalidRequestException e = refused("target",
        () -> client.summary(SummaryRequest.builder(target).build()));
    assertEquals("target: must not be blank", e.getMessage());
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {" example.com", "example.com ", "exa mple.com", "example.com\n",
      "https://example.com/a b"})
  void spacesAndControlCharactersAreRefused(String target) {
    InvalidRequestException e = refused("target", () -> client.summary(SummaryRequest.of(target)));
    assertTrue(e.getMessage().contains("spaces or control characters"), e.getMessage());
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {"www.example.com", "WWW.Example.COM"})
  void aDomainWithWwwIsRefused(String target) {
    InvalidRequestException e = refused("target", () -> client.summary(SummaryRequest.of(target)));
    assertTrue(e.getMessage().contains("without 'www.'"), e.getMessage());
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {"ftp://example.com/file", "file:///etc/passwd", "javascript://x.com"})
  void aPageMustBeAnHttpOrHttpsUrl(String target) {
    InvalidRequestException e = refused("target", () -> client.summary(SummaryRequest.of(target)));
    assertTrue(e.getMessage().contains("absolute http:// or https:// URL"), e.getMessage());
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {"example.com/page", "example.com:8080", "example.com?q=1", "example.com#top",
      "user@example.com", "//example.com", "example.com\\x"})
  void aDomainHasNoPathPortOrQuery(String target) {
    InvalidRequestException e = refused("target", () -> client.summary(SummaryRequest.of(target)));
    assertTrue(e.getMessage().contains("a page must be an absolute http(s) URL"), e.getMessage());
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {"example", "localhost", "-example.com", "example-.com", "a..com",
      "example.com.", ".example.com", "999.1.1.1", "1.2.3", "exa$mple.com", "ex*ample.com",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", "https://",
      "https://-bad-.com/page", "http://example/page", "https://exa_mple..com/"})
  void aHostMustBeAPlausibleHostName(String target) {
    refused("target", () -> client.summary(SummaryRequest.of(target)));
  }

  @Test
  void aHostNameLongerThan253CharactersIsRefused() {
    String label = "a".repeat(60) + ".";
    refused("target", () -> client.summary(SummaryRequest.of(label.repeat(5) + "com")));
  }

  @Test
  void aPageUrlWithCredentialsIsRefusedWithoutEchoingThem() {
    InvalidRequestException e = refused("target",
        () -> client.summary(SummaryRequest.of("https://bob:hunter2@example.com/page")));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @ParameterizedTest(name = "target \"{0}\"")
  @ValueSource(strings = {"example.com", "blog.example.com", "a.b.c.example.co.uk", "EXAMPLE.com",
      "bücher.de", "xn--bcher-kva.de", "例え.テスト", "my_site.blogspot.com", "123.example.com",
      "93.184.216.34", "2001:db8::1", "::ffff:93.184.216.34",
      "https://www.example.com/page?x=1#frag", "http://example.com", "HTTPS://Example.com/A",
      "https://[2001:db8::1]/x", "http://93.184.216.34:8080/x", "https://bücher.de/straße"})
  void plausibleTargetsPass(String target) throws Exception {
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    client.summary(SummaryRequest.of(target));

    // Sent as given: the service reads IDN and punycode alike.
    Object sent = org.backlinks4j.internal.Wire.MOSHI.adapter(Object.class)
        .fromJson(server.takeRequest().getBody().readUtf8());
    assertEquals(java.util.List.of(java.util.Map.of("target", target)), sent);
  }

  @ParameterizedTest(name = "internal_list_limit {0}")
  @ValueSource(ints = {0, -1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void internalListLimitIsOneToAThousand(int limit) {
    InvalidRequestException e = refused("internal_list_limit",
        () -> client.summary(SummaryRequest.builder("example.com").internalListLimit(limit).build()));
    assertEquals("internal_list_limit: must be between 1 and 1000, was " + limit, e.getMessage());
  }

  @Test
  void internalListLimitAtItsBoundsPasses() {
    SummaryRequest.builder("example.com").internalListLimit(1).build();
    SummaryRequest.builder("example.com").internalListLimit(1000).build();
  }

  @Test
  void aTagIsAtMost255Characters() {
    InvalidRequestException e = refused("tag",
        () -> client.summary(SummaryRequest.builder("example.com").tag("t".repeat(256)).build()));
    assertEquals("tag: must be at most 255 characters, was 256", e.getMessage());
  }

  @Test
  void aTagCountsCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDD17"; // one character, two UTF-16 units
    SummaryRequest.builder("example.com").tag(emoji.repeat(255)).build();
    refused("tag", () -> client.summary(
        SummaryRequest.builder("example.com").tag(emoji.repeat(256)).build()));
  }

  @Test
  void theBuiltRequestIsTheCheckedOneWhateverTheBuilderDoesLater() {
    SummaryRequest.Builder builder = SummaryRequest.builder("example.com").internalListLimit(5);
    SummaryRequest request = builder.build();

    builder.internalListLimit(5000).target("");

    assertEquals("example.com", request.target());
    assertEquals(5, request.toTask().getInternalListLimit());
  }

  @Test
  void aDerivedRequestIsCheckedAgain() {
    SummaryRequest request = SummaryRequest.of("example.com");
    refused("target", () -> client.summary(request.newBuilder().target("www.example.com").build()));
  }

  @Test
  void oneTaskPerRequestHoldsByConstruction() throws Exception {
    // A SummaryRequest is one task and the client sends it alone: there is no way to send two.
    server.enqueue(Fixtures.json(Fixtures.seedEnvelope()));

    client.summary(SummaryRequest.of("example.com"));

    String body = server.takeRequest().getBody().readUtf8();
    Object sent = org.backlinks4j.internal.Wire.MOSHI.adapter(Object.class).fromJson(body);
    assertEquals(1, ((java.util.List<?>) sent).size(), body);
  }
}
