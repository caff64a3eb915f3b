package uk.lscb.cse.api

import spock.lang.Specification
import uk.lscb.cse.support.CapturedLog

/**
 * Without CSE_ADMIN_TOKEN the service makes up a bootstrap token for the run: the operator reads
 * it once on standard output; the log, which is shipped and kept, never holds it.
 */
class AdminTokenBootstrapSpec extends Specification {
    CapturedLog log
    ByteArrayOutputStream out = new ByteArrayOutputStream()
    PrintStream stdout = System.out

    def setup() {
        log = new CapturedLog()
        System.out = new PrintStream(out, true, 'UTF-8')
    }

    def cleanup() {
        System.out = stdout
        log.close()
    }

    def 'a generated bootstrap token is shown once on stdout, and never logged'() {
        when:
        def token = new AdminToken('')

        then:
        def printed = out.toString('UTF-8')
        def generated = (printed =~ /([A-Za-z0-9_-]{40,})/)[0][1] as String
        token.matches(generated)
        printed.count(generated) == 1
        !log.text.contains(generated)
        log.text.contains('CSE_ADMIN_TOKEN is not set')
    }

    def 'a configured token is neither printed nor logged'() {
        when:
        def token = new AdminToken('a-configured-token-of-some-length')

        then:
        token.matches('a-configured-token-of-some-length')
        !out.toString('UTF-8').contains('a-configured-token')
        !log.text.contains('a-configured-token')
    }
}
