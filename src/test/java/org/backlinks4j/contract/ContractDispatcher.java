package org.backlinks4j.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer dispatcher that checks everything passing through it against the spec: each
 * request the client sends and each answer a test enqueued. It keeps MockWebServer's queue, so
 * {@code server.enqueue(...)} and {@code server.takeRequest()} work as before, and as a JUnit
 * extension it fails the test after it ran when anything broke the contract.
 *
 * <pre>{@code
 * private final MockWebServer server = new MockWebServer();
 * @RegisterExtension final ContractDispatcher contract = ContractDispatcher.install(server);
 * }</pre>
 *
 * <p>A test that means to answer outside the spec (an HTML page from a proxy, a 429, a truncated
 * body) says so with {@link #enqueueOffContract(MockResponse)}; a test that means to send a broken
 * request takes the problems it expects with {@link #takeViolations()}.
 */
public final class ContractDispatcher extends QueueDispatcher implements AfterEachCallback {
  private final ContractValidator validator = ContractValidator.spec();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final Set<MockResponse> offContract =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  /**
   * A checking dispatcher, installed on {@code server}.
   *
   * @param server the server, started or not
   * @return the dispatcher, to register as a JUnit extension
   */
  public static ContractDispatcher install(MockWebServer server) {
    ContractDispatcher dispatcher = new ContractDispatcher();
    server.setDispatcher(dispatcher);
    return dispatcher;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    record("request " + request.getMethod() + " " + request.getPath(), validator.checkRequest(request));
    MockResponse response = super.dispatch(request);
    if (!offContract.remove(response) && response.getSocketPolicy() == SocketPolicy.KEEP_OPEN) {
      record("answer to " + request.getPath(), checkResponse(response));
    }
    return response;
  }

  /**
   * Enqueues an answer the spec does not describe, on purpose; it is served unchecked.
   *
   * @param response the answer
   */
  public void enqueueOffContract(MockResponse response) {
    // Not cloned (unlike MockWebServer.enqueue): dispatch() recognises it by identity.
    offContract.add(response);
    enqueueResponse(response);
  }

  /**
   * The problems found so far, which are then forgotten: for tests that break the contract on
   * purpose and assert that it was noticed.
   *
   * @return the problems, one string each
   */
  public List<String> takeViolations() {
    synchronized (violations) {
      List<String> taken = new ArrayList<>(violations);
      violations.clear();
      return taken;
    }
  }

  /**
   * Fails when a request or an answer broke the contract.
   *
   * @throws AssertionError naming each problem
   */
  public void assertContractKept() {
    List<String> found = takeViolations();
    if (!found.isEmpty()) {
      throw new AssertionError("traffic broke spec/backlinks-summary.yaml (see "
          + "ContractDispatcher's javadoc for answers outside the spec on purpose):\n"
          + String.join("\n", found));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertContractKept();
  }

  private List<String> checkResponse(MockResponse response) {
    // The status line reads "HTTP/1.1 200 OK".
    String[] status = response.getStatus().split(" ", 3);
    int code = Integer.parseInt(status[1]);
    Buffer body = response.getBody();
    Map<String, List<String>> headers = response.getHeaders().toMultimap();
    return validator.checkResponse(code, headers, body == null ? "" : body.clone().readUtf8());
  }

  private void record(String what, List<String> problems) {
    for (String problem : problems) {
      violations.add(what + ": " + problem);
    }
  }
}
