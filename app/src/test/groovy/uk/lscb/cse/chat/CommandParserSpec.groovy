package uk.lscb.cse.chat

import spock.lang.Specification
import uk.lscb.cse.plan.Rag

import java.time.LocalDate

import static uk.lscb.cse.plan.Rag.AMBER
import static uk.lscb.cse.plan.Rag.COMPLETE
import static uk.lscb.cse.plan.Rag.GREEN
import static uk.lscb.cse.plan.Rag.RED

/** The command language both platforms share, read without either of them. */
class CommandParserSpec extends Specification {

    def 'a lead typing "#text" asks for #command'() {
        expect:
        CommandParser.parse(text) == command

        where:
        text                                            | command
        'update 2.3 amber waiting on police data'       | new Command.Update('2.3', AMBER, 'waiting on police data')
        'update 2.3 amber - waiting on police data'     | new Command.Update('2.3', AMBER, 'waiting on police data')
        'update 2.3 amber: waiting on police data'      | new Command.Update('2.3', AMBER, 'waiting on police data')
        'update 2.3 red — no venue'                     | new Command.Update('2.3', RED, 'no venue')
        'update 2.3 amber-waiting'                      | new Command.Update('2.3', AMBER, 'waiting')
        'Update 2.3 AMBER Waiting'                      | new Command.Update('2.3', AMBER, 'Waiting')
        'update 2.3 a waiting'                          | new Command.Update('2.3', AMBER, 'waiting')
        'update 2.3 g'                                  | new Command.Update('2.3', GREEN, null)
        'update 2.3 r.'                                 | new Command.Update('2.3', RED, null)
        'update 2.3 done'                               | new Command.Update('2.3', COMPLETE, null)
        'update 2.3 complete all delivered'             | new Command.Update('2.3', COMPLETE, 'all delivered')
        'update 2.3 completed'                          | new Command.Update('2.3', COMPLETE, null)
        'update 2.3 finished'                           | new Command.Update('2.3', COMPLETE, null)
        'update 2.3 blue'                               | new Command.Update('2.3', COMPLETE, null)
        'update 1.10 green'                             | new Command.Update('1.10', GREEN, null)
        'update 2.3a green'                             | new Command.Update('2.3a', GREEN, null)
        'update 1.2.3.4 green'                          | new Command.Update('1.2.3.4', GREEN, null)
        '  update   2.3   amber   waiting  '            | new Command.Update('2.3', AMBER, 'waiting')
        'update 2.3 amber waiting\non police data'      | new Command.Update('2.3', AMBER, 'waiting\non police data')
        'note 2.3 venue booked for March'               | new Command.Note('2.3', 'venue booked for March')
        'NOTE 2.3   venue booked  '                     | new Command.Note('2.3', 'venue booked')
        'status'                                        | new Command.PlanStatus()
        'status 2.3'                                    | new Command.ActionStatus('2.3', false)
        'status 2.3 share'                              | new Command.ActionStatus('2.3', true)
        'status 2.3 SHARE'                              | new Command.ActionStatus('2.3', true)
        'status 2.3 shared'                             | new Command.ActionStatus('2.3', false)
        'status 12'                                     | new Command.ActionStatus('12', false)
        'status Police'                                 | new Command.AgencyStatus('Police')
        'status Children\'s Social Care'                | new Command.AgencyStatus('Children\'s Social Care')
        'status <@UPAT|pat>'                            | new Command.PersonStatus('UPAT')
        'status <@W0ENTERPRISE>'                        | new Command.PersonStatus('W0ENTERPRISE')
        'status <@aad:11111111-1111-4111-8111-111111111111>' | new Command.PersonStatus('aad:11111111-1111-4111-8111-111111111111')
        'mine'                                          | new Command.Mine()
        'my'                                            | new Command.Mine()
        'overdue'                                       | new Command.Overdue()
        'late'                                          | new Command.Overdue()
        'history 2.3'                                   | new Command.History('2.3')
        'history 2.3 please'                            | new Command.History('2.3')
        'pause 2025-08-31'                              | new Command.Pause(LocalDate.of(2025, 8, 31))
        'due 2.3 March 2026 waiting on the new contract' | new Command.MoveDue('2.3', 'March 2026 waiting on the new contract')
        'lead 2.3 add <@UPAT|pat>'                      | new Command.ChangeLead('2.3', true, 'UPAT', true, null)
        'lead 2.3 remove <@aad:11111111-1111-4111-8111-111111111111> moved on' | new Command.ChangeLead('2.3', false, 'aad:11111111-1111-4111-8111-111111111111', true, 'moved on')
        'lead 2.3 add Children\'s Social Care'          | new Command.ChangeLead('2.3', true, 'Children\'s Social Care', false, null)
        'priority 2.3 on'                               | new Command.SetPriority('2.3', true, null)
        'priority 2.3 off agreed at the board'          | new Command.SetPriority('2.3', false, 'agreed at the board')
        'resume'                                        | new Command.Resume()
        'report'                                        | new Command.Report(null, null)
        'report 2016-01-01'                             | new Command.Report('2016-01-01', null)
        'report 2016-01-01 2016-03-31'                  | new Command.Report('2016-01-01', '2016-03-31')
        'unpause'                                       | new Command.Resume()
        'help'                                          | new Command.Help()
        '?'                                             | new Command.Help()
        'HELP'                                          | new Command.Help()
        ''                                              | new Command.Help()
        '   '                                           | new Command.Help()
        null                                            | new Command.Help()
    }

    def 'a lead typing "#text" is not understood, and told: #hint'() {
        expect:
        CommandParser.parse(text) == new Command.Unreadable(hint)

        where:
        text                     | hint
        'update 2.3'             | 'Say the new RAG: update 2.3 amber waiting on police data (red, amber, green or done).'
        'update 2.3 purple'      | '"purple" is not a RAG rating: use red, amber, green or done, e.g. update 2.3 amber waiting on police data.'
        'update 2.3 ambers'      | '"ambers" is not a RAG rating: use red, amber, green or done, e.g. update 2.3 amber waiting on police data.'
        'update 2.3 g/a'         | '"g/a" is not a RAG rating: use red, amber, green or done, e.g. update 2.3 amber waiting on police data.'
        'update green'           | 'Say which action, by its number: update 2.3 amber waiting on police data.'
        'update'                 | 'Say which action, by its number: update 2.3 amber waiting on police data.'
        'note 2.3'               | 'Say what to note: note 2.3 venue booked for March.'
        'note venue booked'      | 'Say which action, by its number: note 2.3 venue booked for March.'
        'history'                | 'Say which action, by its number: history 2.3.'
        'history Police'         | 'Say which action, by its number: history 2.3.'
        'pause'                  | 'Say until when, as a date: pause 2025-08-31 (no alerts or reminders until the end of that day); resume to start again sooner.'
        'pause next week'        | 'Say until when, as a date: pause 2025-08-31 (no alerts or reminders until the end of that day); resume to start again sooner.'
        'report last quarter'    | 'Say the period as dates, or nothing for since the last report: report, report 2016-01-01, or report 2016-01-01 2016-03-31.'
        'pause 31/08/2025'       | 'Say until when, as a date: pause 2025-08-31 (no alerts or reminders until the end of that day); resume to start again sooner.'
        'stauts'                 | 'I don\'t know "stauts". Did you mean "status"? Try help for what I can do.'
        'STAUTS 2.3'             | 'I don\'t know "STAUTS". Did you mean "status"? Try help for what I can do.'
        'hlep'                   | 'I don\'t know "hlep". Did you mean "help"? Try help for what I can do.'
        'updte 2.3 green'        | 'I don\'t know "updte". Did you mean "update"? Try help for what I can do.'
        'frobnicate'             | 'I don\'t know "frobnicate". Try help for what I can do.'
        '/cse status'            | 'I don\'t know "/cse". Try help for what I can do.'
    }

    def 'a lead replying "#text" in the thread of an alert about 2.3 asks for #command'() {
        expect:
        CommandParser.parseReply('2.3', text) == Optional.of(command)

        where:
        text                               | command
        'amber - waiting on police data'   | new Command.Update('2.3', AMBER, 'waiting on police data')
        'amber waiting on police data'     | new Command.Update('2.3', AMBER, 'waiting on police data')
        'red: no venue'                    | new Command.Update('2.3', RED, 'no venue')
        'Red, no venue'                    | new Command.Update('2.3', RED, 'no venue')
        'done'                             | new Command.Update('2.3', COMPLETE, null)
        'Done.'                            | new Command.Update('2.3', COMPLETE, null)
        'done - all 14 schools visited'    | new Command.Update('2.3', COMPLETE, 'all 14 schools visited')
        'G waiting'                        | new Command.Update('2.3', GREEN, 'waiting')
        'a - waiting on police data'       | new Command.Update('2.3', AMBER, 'waiting on police data')
        'green'                            | new Command.Update('2.3', GREEN, null)
        'note: rebooked'                   | new Command.Note('2.3', 'rebooked')
        'Note - rebooked for May'          | new Command.Note('2.3', 'rebooked for May')
        'note rebooked'                    | new Command.Note('2.3', 'rebooked')
        'note:\nline one\nline two'        | new Command.Note('2.3', 'line one\nline two')
    }

    def 'a reply in the thread that reads as neither a RAG nor a note ("#text") is left alone'() {
        expect:
        CommandParser.parseReply('2.3', text) == Optional.empty()

        where:
        text << ['thanks all, see you Tuesday', 'great work everyone', 'purple', '', '   ', null, 'note', '2.3 done',
                 ':tada:', 'noted, thanks', 'notes from Tuesday are on the drive']
    }

    def 'the RAG word "#word" reads as #rag, whatever its case'() {
        expect:
        CommandParser.ragWord(word) == Optional.ofNullable(rag)

        where:
        word       | rag
        'r'        | RED
        'Red'      | RED
        'a'        | AMBER
        'AMBER'    | AMBER
        'g'        | GREEN
        'green'    | GREEN
        'done'     | COMPLETE
        'complete' | COMPLETE
        'blue'     | COMPLETE
        'amb'      | null
        'grey'     | null
        'd'        | null
    }

    def 'every command help lists is one the parser reads'() {
        expect:
        HelpText.LINES.every { !(CommandParser.parse(it.syntax().replace('@person', '<@UPAT|pat>')) instanceof Command.Unreadable) }
    }
}
