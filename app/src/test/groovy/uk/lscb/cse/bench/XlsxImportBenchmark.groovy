package uk.lscb.cse.bench

import org.apache.poi.ss.util.CellRangeAddress
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import uk.lscb.cse.plan.transfer.XlsxPlanFormat
import uk.lscb.cse.support.PlanWorkbooks
import uk.lscb.cse.support.ServiceSpec

import java.lang.management.ManagementFactory
import java.lang.management.MemoryType
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * Benchmark, not a spec: importing a 2,000-row Excel plan (8 merged theme rows, the headings boards use,
 * two leads per cell on lines of their own). Reports the file's size, the time to read the sheet alone and
 * to import it over HTTP (median of 5), the bytes the read allocates and the heap's peak above its level
 * before. Run with
 *   ./mvnw -pl app test -Dtest=XlsxImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class XlsxImportBenchmark extends ServiceSpec {
    static final int ROWS = 2000
    static final int RUNS = 5

    def 'importing a 2,000-row xlsx'() {
        given:
        byte[] file = workbook()
        def reader = bean(XlsxPlanFormat)
        3.times { reader.read(file, 'Warm-up', null, [] as Set) }   // JIT before measuring

        when:
        def threads = ManagementFactory.getThreadMXBean() as com.sun.management.ThreadMXBean
        System.gc()
        long heapBefore = heapUsed()
        resetPeaks()
        long allocatedBefore = threads.getThreadAllocatedBytes(Thread.currentThread().id)
        long t0 = System.nanoTime()
        def read = reader.read(file, 'Benchmark', null, [] as Set)
        long readMs = (System.nanoTime() - t0).intdiv(1_000_000)
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().id) - allocatedBefore
        long peakAbove = heapPeak() - heapBefore
        List<Long> readsMs = (1..RUNS).collect {
            long s = System.nanoTime()
            reader.read(file, 'Benchmark', null, [] as Set)
            (System.nanoTime() - s).intdiv(1_000_000)
        }.sort()
        String csv = bean(uk.lscb.cse.plan.transfer.CsvPlanFormat).write(read.document())
        List<Long> csvMs = (1..RUNS).collect {
            long s = System.nanoTime()
            assert post("/api/boards/${boardWithPeople('csvbench')}/plans?title=Benchmark", csv, 'text/csv').status == 201
            (System.nanoTime() - s).intdiv(1_000_000)
        }.sort()
        List<Long> importMs = (1..RUNS).collect {
            String slug = boardWithPeople('xlsxbench')
            long s = System.nanoTime()
            def reply = postFile("/api/boards/$slug/plans?title=Benchmark", file)
            assert reply.statusCode() == 201: reply.body()
            (System.nanoTime() - s).intdiv(1_000_000)
        }.sort()

        then:
        read.document().themes()*.actions().flatten().size() == ROWS
        println "\n| rows | file KB | read ms (first; median of $RUNS) | read allocates MB | heap peak above start MB |" +
                " xlsx import over HTTP ms (median; min-max) | same plan as CSV ms (median) |"
        println '|---|---|---|---|---|---|---|'
        println "| $ROWS | ${file.length.intdiv(1024)} | $readMs; ${readsMs[RUNS.intdiv(2)]} | ${allocated.intdiv(1 << 20)} |" +
                " ${peakAbove.intdiv(1 << 20)} | ${importMs[RUNS.intdiv(2)]}; ${importMs[0]}-${importMs[-1]} | ${csvMs[RUNS.intdiv(2)]} |"
        true
    }

    HttpResponse<String> postFile(String path, byte[] body) {
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}$path"))
                .header('Authorization', "Bearer $TOKEN")
                .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString())
    }

    static byte[] workbook() {
        def workbook = new XSSFWorkbook()
        def sheet = workbook.createSheet('Action plan')
        int r = 0
        PlanWorkbooks.row(sheet, r++, PlanWorkbooks.HEADINGS)
        (1..8).each { t ->
            PlanWorkbooks.row(sheet, r, ["Theme $t".toString()])
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, PlanWorkbooks.HEADINGS.size() - 1))
            r++
            (1..(ROWS / 8)).each { a ->
                PlanWorkbooks.row(sheet, r++, ["$t.$a", null, "Action $t.$a with a realistic length of text to render in the reply",
                        'Training sessions for staff in every secondary school', 'Staff know the signs', 'Police\nEducation',
                        ['Sept 2015', 'March 2016', 'Ongoing', 'Dec 2016'][a % 4], ['G', 'A', 'R', 'Complete'][a % 4],
                        'Half the schools done; the rest booked for the spring term', a % 50 == 0 ? 'yes' : null, null]
                        .collect { it?.toString() })
            }
        }
        PlanWorkbooks.bytes { workbook.write(it) }
    }

    static long heapUsed() {
        ManagementFactory.memoryPoolMXBeans.findAll { it.type == MemoryType.HEAP }.sum { it.usage.used } as long
    }

    static void resetPeaks() {
        ManagementFactory.memoryPoolMXBeans.each { it.resetPeakUsage() }
    }

    static long heapPeak() {
        ManagementFactory.memoryPoolMXBeans.findAll { it.type == MemoryType.HEAP }.sum { it.peakUsage.used } as long
    }
}
