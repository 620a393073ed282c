/**
 * The test kit: a fake DataForSEO Backlinks API for the tests of code built on this library,
 * published as {@code org.backlinks4j:dataforseo-backlinks-testkit}.
 *
 * <ul>
 *   <li>{@link org.backlinks4j.fake.FakeDataForSeo}: the fake, on a loopback port; what each
 *       target answers ({@link org.backlinks4j.fake.TargetRule}), the service's strict quota, every
 *       request it received, checked against the spec;
 *   <li>{@link org.backlinks4j.fake.FakeStats}: what it counted (calls, quota violations, peak in
 *       flight, contract violations);
 *   <li>{@link org.backlinks4j.fake.FakeServerExtension}: a fresh fake and a client for each JUnit 5
 *       test;
 *   <li>{@link org.backlinks4j.fake.FakeServerMain}: the same fake as a process, for tests outside
 *       the JVM.
 * </ul>
 *
 * <p>Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.backlinks4j.fake;

import org.jspecify.annotations.NullMarked;
