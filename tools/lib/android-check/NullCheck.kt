package example

import org.backlinks4j.model.SummaryResult

// Must NOT compile: tools/android-check compiles this file on its own and expects the Kotlin
// compiler to refuse both lines, because the library marks a count (and a breakdown's value) as
// possibly null through JSpecify. If it compiled, Kotlin users would get NullPointerExceptions.
fun backlinksOf(result: SummaryResult): Long {
    val count: Long = result.backlinks
    return count
}

fun firstTldCount(result: SummaryResult): Long {
    val count: Long = result.referringLinksTld!!.values.first()
    return count
}
