package uk.lscb.cse.ops

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.support.DbProxy
import uk.lscb.cse.support.ServiceSpec

import javax.sql.DataSource

/**
 * The probes a load balancer or Kubernetes asks: readiness follows the database (an instance that
 * cannot reach it should get no traffic), liveness does not (restarting it would not bring the
 * database back). The service reaches its database through a proxy the spec can cut.
 */
class ReadinessSpec extends ServiceSpec {
    @Shared @AutoCleanup DbProxy proxy

    @Override
    Map<String, Object> properties() {
        proxy = DbProxy.toTestDatabase()
        proxy.datasource(1500)
    }

    def cleanup() {
        proxy.restore(bean(DataSource))
    }

    def 'readiness goes down while the database is unreachable and comes back with it; liveness stays up'() {
        expect:
        with(get('/health/readiness', [Authorization: null])) {
            status == 200
            json.status == 'UP'
        }

        when: 'the link to the database is cut'
        proxy.cut()
        def cut = get('/health/readiness', [Authorization: null])

        then:
        cut.status == 503
        cut.json.status == 'DOWN'
        get('/health/liveness', [Authorization: null]).status == 200

        when: 'it returns'
        proxy.restore(bean(DataSource))
        def back = get('/health/readiness', [Authorization: null])

        then:
        back.status == 200
        back.json.status == 'UP'
    }

    def 'readiness shows its reasons only to an admin'() {
        given:
        proxy.cut()

        expect:
        get('/health/readiness', [Authorization: null]).json.details == null
        with(get('/health/readiness').json.details) {
            jdbc.status == 'DOWN'
            migrations.status == 'UP'
        }
    }

    def 'an instance still migrating its database is not ready'() {
        given:
        def migrations = new MigrationsReadiness()

        expect:
        migrations.result().status.name == 'DOWN'

        when:
        migrations.onMigrated(null)

        then:
        migrations.result().status.name == 'UP'
    }
}
