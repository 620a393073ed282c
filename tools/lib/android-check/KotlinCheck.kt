package example

import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import org.backlinks4j.BacklinksClient
import org.backlinks4j.Credentials
import org.backlinks4j.SummaryRequest

/**
 * A Kotlin consumer: one summary call from a coroutine, awaited with kotlinx-coroutines, against
 * the fake server. Kotlin reads the library's JSpecify annotations: requireResult() is a
 * SummaryResult, its counts are Long? and need the ?: below. Argument: the fake's base URL.
 */
fun main(args: Array<String>) {
    val client = BacklinksClient.builder()
        .credentials(Credentials.of("app@example.com", "not-a-real-password"))
        .baseUrl(args[0])
        .build()
    client.use {
        runBlocking {
            val summary = client.summaryAsync(SummaryRequest.of("explodingtopics.com")).await()
            val result = summary.requireResult()
            val backlinks: Long = result.backlinks ?: 0L
            val com: Long? = result.referringLinksTld?.get("com")
            check(backlinks == 41245L) { "backlinks: $backlinks" }
            check(com == 26012L) { "referring_links_tld.com: $com" }
            println("kotlin: summaryAsync(...).await(): ${result.target} rank ${result.rank}, " +
                "$backlinks backlinks, $com from .com (task ${summary.taskId()})")
        }
    }
}
