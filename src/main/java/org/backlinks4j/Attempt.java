package org.backlinks4j;

/**
 * What one attempt of a call carries on its OkHttp request, as the tag of the generated
 * interface's {@code @Tag} parameter: its quota permit, which {@link WindowStamp} stamps when the
 * request is written, and its operation's answer cap, which {@link AnswerCap} enforces.
 */
final class Attempt {
  final Quota.Permit permit;
  final long maxAnswerBytes;

  Attempt(Quota.Permit permit, long maxAnswerBytes) {
    this.permit = permit;
    this.maxAnswerBytes = maxAnswerBytes;
  }
}
