package uk.lscb.cse.bench

import com.sun.management.ThreadMXBean
import uk.lscb.cse.audit.Actor
import uk.lscb.cse.report.ProducingReports
import uk.lscb.cse.report.ReportFormat
import uk.lscb.cse.support.ServiceSpec

import java.lang.management.ManagementFactory
import java.lang.management.MemoryPoolMXBean
import java.lang.management.MemoryType

/**
 * Benchmark, not a spec: the board report of the 2,000-action plan with 20,000 history rows, every
 * note of it in the period (the worst case: 18,000 notes printed), as PDF and as Excel. Reports
 * wall time, bytes allocated by the producing thread, and the heap's peak during the run (after a
 * GC, with the pools' peaks reset). Run with
 *   ./mvnw -pl app test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class ReportBenchmark extends ServiceSpec {

    def 'the board report of a 2,000-action plan with 20,000 history rows, as PDF and Excel'() {
        given:
        clock.set('2015-12-01T10:00:00Z')
        String slug = boardWithPeople('bench-report', ['Pat Police,pat@police.example,Police,lead'])
        long planId = BigPlan.into(this, slug)
        clock.set('2016-04-02T10:00:00Z')
        ProducingReports producing = bean(ProducingReports)
        // Warm up class loading and the JIT once per format, as a running service would have.
        [ReportFormat.PDF, ReportFormat.XLSX].each { producing.produce(planId, '2016-01-01', '2016-03-31', it, Actor.api('bench')) }

        when:
        def results = (1..3).collectMany { run ->
            [ReportFormat.PDF, ReportFormat.XLSX].collect { format ->
                def m = measure { producing.produce(planId, '2016-01-01', '2016-03-31', format, Actor.api('bench')) }
                [run: run, format: format.name(), ms: m.ms, allocatedMb: m.allocated >> 20, heapPeakMb: m.peak >> 20,
                 sizeKb: m.result.bytes().length >> 10]
            }
        }

        then:
        println "\nBoard report, ${BigPlan.ACTIONS} actions, ${BigPlan.HISTORY} history rows, all notes in the period"
        println String.format('%-4s %-6s %8s %14s %13s %9s', 'run', 'format', 'ms', 'allocated MB', 'heap peak MB', 'size KB')
        results.each { r ->
            println String.format('%-4d %-6s %8d %14d %13d %9d', r.run, r.format, r.ms, r.allocatedMb, r.heapPeakMb, r.sizeKb)
        }
        results.every { it.sizeKb > 0 }
    }

    private static Map measure(Closure<ProducingReports.Produced> work) {
        ThreadMXBean threads = ManagementFactory.threadMXBean as ThreadMXBean
        List<MemoryPoolMXBean> heap = ManagementFactory.memoryPoolMXBeans.findAll { it.type == MemoryType.HEAP }
        System.gc()
        heap.each { it.resetPeakUsage() }
        long allocatedBefore = threads.currentThreadAllocatedBytes
        long start = System.nanoTime()
        def result = work()
        long ms = (System.nanoTime() - start).intdiv(1_000_000)
        [ms: ms, allocated: threads.currentThreadAllocatedBytes - allocatedBefore,
         peak: heap.sum { it.peakUsage.used } as long, result: result]
    }
}
