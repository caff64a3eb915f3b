package uk.lscb.cse.chat.slack

import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper

class SlackReportSpec extends SlackServiceSpec {

    def '/cse report sends a coordinator the PDF in their direct message with the bot (files.uploadV2) and says so'() {
        given:
        clock.set('2016-02-10T09:00:00Z')
        postJson("/api/plans/$planId/actions/1.2/updates", [rag: 'red', note: 'Supplier went under', author: 'pat@police.example'])
        clock.set('2016-04-02T09:00:00Z')

        when:
        def reply = ask('UCAT', 'report 2016-01-01 2016-03-31')

        then: 'the file went up and was shared into the DM with Cat'
        slack.api.calls('files.getUploadURLExternal').size() == 1
        def upload = slack.api.uploads.values().first()
        upload.channel == 'DUCAT'
        upload.filename == "$slug-progress-report-2016-01-01-to-2016-03-31.pdf"
        upload.title == 'Board report 2016-01-01 to 2016-03-31'
        new PDFTextStripper().getText(Loader.loadPDF(upload.bytes as byte[])).replaceAll(/\s+/, ' ')
                .contains('Supplier went under')

        and: 'the answer, to Cat alone, says where it is'
        reply.response_type == 'ephemeral'
        shown(reply).contains('Board report: 1 Jan 2016 to 31 Mar 2016')
        shown(reply).contains('in our direct messages')
    }

    def '/cse report from a lead is refused, naming who can ask; nothing is uploaded'() {
        when:
        def reply = ask('UPAT', 'report')

        then:
        shown(reply).contains('The board report is for the board\'s coordinators: ask Cat Coordinator for it.')
        slack.api.calls('files.getUploadURLExternal').isEmpty()
    }

    def 'when Slack does not take the file, the coordinator is told and no file is shared'() {
        given: 'Slack keeps refusing to give an upload URL (rate limited past the three tries)'
        slack.api.rateLimited['files.getUploadURLExternal'] = 3

        when:
        def reply = ask('UCAT', 'report')

        then:
        shown(reply).contains('Slack did not take the report file, so nothing was sent; try again in a minute.')
        slack.api.uploads.isEmpty()
        slack.api.calls('files.completeUploadExternal').isEmpty()
    }
}
