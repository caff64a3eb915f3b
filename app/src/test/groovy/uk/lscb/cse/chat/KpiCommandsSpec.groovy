package uk.lscb.cse.chat

import spock.lang.Specification

class KpiCommandsSpec extends Specification {

    def '"#text" reads as #command'() {
        expect:
        CommandParser.parse(text) == command

        where:
        text                                   || command
        'kpi'                                  || new Command.KpiList()
        'KPIs'                                 || new Command.KpiList()
        'kpi 3'                                || new Command.KpiShow(3)
        'kpi 3 42'                             || new Command.KpiGive(3, null, '42', null)
        'kpi 3 42 note two came late'          || new Command.KpiGive(3, null, '42', 'two came late')
        'kpi 3 42 - two came late'             || new Command.KpiGive(3, null, '42', 'two came late')
        'kpi 3 Q2 42'                          || new Command.KpiGive(3, 'Q2', '42', null)
        'kpi 3 2015-16 Q2 42 note revised'     || new Command.KpiGive(3, '2015-16 Q2', '42', 'revised')
        'kpi 3 2016-05 7'                      || new Command.KpiGive(3, '2016-05', '7', null)
        'kpi 3 87.5%'                          || new Command.KpiGive(3, null, '87.5%', null)
        'kpi 3 lots'                           || new Command.KpiGive(3, null, 'lots', null)
        'kpi 3 -2'                             || new Command.KpiGive(3, null, '-2', null)
        'kpi 3 Q2'                             || new Command.Unreadable('Say the value: kpi 3 Q2 42.')
        'kpi referrals'                        || new Command.Unreadable('Say which measure, by its number: kpi 3 shows it, kpi 3 42 gives its value for the latest period; kpi on its own lists your measures.')
    }

    def 'a reply "#text" in the thread of a request for measure 3\'s 2015-16 Q3 reads as #command'() {
        expect:
        KpiCommands.reply(3, '2015-16 Q3', text).orElse(null) == command

        where:
        text                    || command
        '42'                    || new Command.KpiGive(3, '2015-16 Q3', '42', null)
        ' 42 note: two late'    || new Command.KpiGive(3, '2015-16 Q3', '42', 'two late')
        '42, two came late'     || new Command.KpiGive(3, '2015-16 Q3', '42', 'two came late')
        'thanks, will do'       || null
        ''                      || null
    }
}
