package uk.lscb.cse

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import spock.lang.Shared
import spock.lang.Specification

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices

/**
 * The layering the README's project map describes, checked against the service's compiled
 * classes (not the specs): a change that breaks it fails here, and the AssertionError it was
 * caused by lists each offending dependency with its class and line.
 */
class LayeringSpec extends Specification {
    @Shared
    JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages('uk.lscb.cse')

    def 'the plan uses nothing from chat, notices, schedules, Slack or Microsoft'() {
        when:
        noClasses().that().resideInAPackage('uk.lscb.cse.plan..')
                .should().dependOnClassesThat()
                .resideInAnyPackage('..chat..', '..notify..', '..schedule..', 'com.slack..', 'com.microsoft..')
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'the measures use nothing from chat, notices, Slack or Microsoft: every reader shares one rule for small numbers'() {
        when:
        noClasses().that().resideInAPackage('uk.lscb.cse.kpi..')
                .should().dependOnClassesThat()
                .resideInAnyPackage('..chat..', '..notify..', 'com.slack..', 'com.microsoft..')
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'no feature package depends on itself round a cycle of others'() {
        when:
        slices().matching('uk.lscb.cse.(*)..').should().beFreeOfCycles().check(service)

        then:
        noExceptionThrown()
    }

    def 'the Slack and Teams adapters never use each other'() {
        when:
        slices().matching('uk.lscb.cse.chat.(*)..').should().notDependOnEachOther().check(service)

        then:
        noExceptionThrown()
    }

    def 'the shared chat brain uses neither adapter nor any Slack or Microsoft type: adapters only translate and render'() {
        when:
        noClasses().that().resideInAPackage('uk.lscb.cse.chat')
                .should().dependOnClassesThat()
                .resideInAnyPackage('uk.lscb.cse.chat.slack..', 'uk.lscb.cse.chat.teams..', 'com.slack..', 'com.microsoft..')
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'scheduling knows nothing of notices: its jobs reach them through ScheduledWork'() {
        when:
        noClasses().that().resideInAPackage('uk.lscb.cse.schedule..')
                .should().dependOnClassesThat().resideInAPackage('uk.lscb.cse.notify..')
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'boards are found and saved through Boards: only the board package touches its repository'() {
        when:
        noClasses().that().resideOutsideOfPackage('uk.lscb.cse.board..')
                .should().dependOnClassesThat().haveFullyQualifiedName('uk.lscb.cse.board.BoardRepository')
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'data protection runs erasure and retention through the features: none of them uses it'() {
        when:
        noClasses().that().resideOutsideOfPackage('uk.lscb.cse.privacy..')
                .should().dependOnClassesThat().resideInAPackage('uk.lscb.cse.privacy..')
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'running the service (request log, request ids, readiness) uses no feature: each feature records its own metrics'() {
        when:
        noClasses().that().resideInAPackage('uk.lscb.cse.ops..')
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>('reside in a feature package other than ops') {
                    boolean test(JavaClass type) {
                        type.packageName.startsWith('uk.lscb.cse.') && !type.packageName.startsWith('uk.lscb.cse.ops')
                    }
                })
                .check(service)

        then:
        noExceptionThrown()
    }

    def 'the shared kernel at the top level uses nothing from the feature packages'() {
        when:
        noClasses().that().resideInAPackage('uk.lscb.cse')
                .should().dependOnClassesThat().resideInAPackage('uk.lscb.cse.(*)..')
                .check(service)

        then:
        noExceptionThrown()
    }
}
