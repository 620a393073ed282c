package org.backlinks4j.filter;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A check, before sending, of a regular expression the service will run with RE2. There is no RE2 on
 * the JVM without a new dependency (the library takes none), so this refuses what is surely wrong: more
 * than 1000 characters (the service's limit), Java-only constructs RE2 lacks (lookaround, atomic
 * groups, possessive quantifiers, backreferences), and anything java.util.regex cannot compile once
 * RE2's named groups {@code (?P<name>...)} are rewritten to plain groups. RE2 syntax is close to a
 * subset of Java's, so a pattern refused here would be refused by the service too; the converse does
 * not hold and the service stays the last word.
 */
final class Re2Check {
  /** The service's limit on the length of a regular expression. */
  static final int MAX_LENGTH = 1000;

  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<[A-Za-z_][A-Za-z0-9_]*>");

  private Re2Check() {
  }

  /** What is wrong with {@code regex}, or null if nothing we can see. */
  static @Nullable String problem(String regex) {
    if (regex.length() > MAX_LENGTH) {
      return "the regular expression is " + regex.length() + " characters long; the service takes at most "
          + MAX_LENGTH;
    }
    String unsupported = unsupported(regex);
    if (unsupported != null) {
      return "the regular expression uses " + unsupported + ", which RE2 (the service's engine) does not have";
    }
    try {
      Pattern.compile(NAMED_GROUP.matcher(regex).replaceAll("("));
      return null;
    } catch (PatternSyntaxException e) {
      return "the regular expression does not compile: " + e.getDescription();
    }
  }

  private static @Nullable String unsupported(String regex) {
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      char next = i + 1 < regex.length() ? regex.charAt(i + 1) : '\0';
      if (c == '\\') {
        if (!inClass && next >= '1' && next <= '9') {
          return "a backreference (\\" + next + ")";
        }
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ']' right after '[' or '[^' is a literal, not the end of the class.
        if (next == '^') {
          i++;
          next = i + 1 < regex.length() ? regex.charAt(i + 1) : '\0';
        }
        if (next == ']') {
          i++;
        }
      } else if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
          || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
        return "lookaround ((?=, (?!, (?<=, (?<!)";
      } else if (regex.startsWith("(?>", i)) {
        return "an atomic group ((?>)";
      } else if ((c == '*' || c == '+' || c == '?' || c == '}') && next == '+') {
        return "a possessive quantifier (" + c + "+)";
      }
    }
    return null;
  }
}
