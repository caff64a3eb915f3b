package uk.lscb.cse.bench

/** Percentiles and the table the chat benchmarks print. */
class Latency {
    static boolean report(List<Map> results) {
        println '\n| request | n | HTTP p50 ms | HTTP p99 ms | reply p50 ms | reply p99 ms | throughput req/s |'
        println '|---|---|---|---|---|---|---|'
        results.each { r ->
            println "| ${r.name} | ${r.total} | ${ms(p(r.ack, 50))} | ${ms(p(r.ack, 99))} | " +
                    "${r.e2e ? ms(p(r.e2e, 50)) : '-'} | ${r.e2e ? ms(p(r.e2e, 99)) : '-'} | ${String.format('%.0f', r.total / r.seconds)} |"
        }
        true
    }

    static long p(List<Long> sorted, int percentile) {
        sorted[Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)]
    }

    static String ms(long nanos) { String.format('%.1f', nanos / 1e6) }
}
