package uk.lscb.cse.chat.teams

import com.fasterxml.jackson.databind.ObjectMapper
import com.networknt.schema.JsonMetaSchema
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.NonValidationKeyword
import com.networknt.schema.SchemaValidatorsConfig
import com.networknt.schema.SpecVersion
import com.networknt.schema.regex.JoniRegularExpressionFactory
import spock.lang.Shared
import spock.lang.Specification
import uk.lscb.cse.audit.Source
import uk.lscb.cse.chat.Audience
import uk.lscb.cse.chat.ChatReply
import uk.lscb.cse.chat.ReplyViews
import uk.lscb.cse.chat.Samples
import uk.lscb.cse.chat.Text
import uk.lscb.cse.plan.ProgressEntry
import uk.lscb.cse.plan.Rag

import java.time.Instant
import java.time.ZoneId

/** Every reply and notice, as Teams shows it: a valid Adaptive Card 1.5 (Microsoft's schema, see resources/teams/README.md). */
class TeamsViewsSpec extends Specification {
    static final ObjectMapper mapper = new ObjectMapper()

    @Shared schema = schema()

    /** Draft 6, plus the draft-4 style "id" the published file still carries (an identifier, nothing to check). */
    static schema() {
        def draft6 = JsonMetaSchema.builder(JsonMetaSchema.getV6()).keyword(new NonValidationKeyword('id')).build()
        JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6)).metaSchema(draft6).build().getSchema(
                mapper.readTree(TeamsViewsSpec.getResourceAsStream('/teams/adaptive-card.1.5.schema.json')),
                SchemaValidatorsConfig.builder().regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build())
    }

    def '#name is a valid Adaptive Card 1.5'() {
        when:
        def card = TeamsViews.render(view).card()

        then:
        schema.validate(mapper.valueToTree(card)).collect { it.message } == []
        card.version == '1.5'

        where:
        name << Samples.views().keySet()
        view << Samples.views().values()
    }

    def 'the schema catches a broken card (so the spec above can fail)'() {
        given:
        def card = mapper.valueToTree(TeamsViews.render(Samples.views()['detail, PRIVATE']).card())
        card.get('body').get(0).put('wrap', 'yes please')
        card.put('surprise', true)

        expect:
        schema.validate(card).size() >= 2
    }

    def 'a view with update buttons carries the note box and the four RAG buttons with the plan and ref'() {
        when:
        def card = TeamsViews.render(Samples.views()['notice alert']).card()

        then:
        card.body.find { it.type == 'Input.Text' }.id == 'note'
        card.actions*.title == ['Green', 'Amber', 'Red', 'Complete', 'Add note']
        card.actions[2].data == [planId: 3L, ref: '1.2', rag: 'RED']
    }

    /** The history of an action whose last note (and title) someone typed with markup in it, shown privately. */
    static Map detailWith(String typed) {
        def entry = new ProgressEntry(11, Instant.parse('2016-06-30T23:30:00Z'), Rag.GREEN, Rag.AMBER, null, typed,
                Samples.EMAIL, Source.TEAMS, null)
        TeamsViews.render(ReplyViews.view(new ChatReply.History(Samples.action('1.2', typed), [entry], null), Audience.PRIVATE,
                ZoneId.of('Europe/London'))).card()
    }

    /** What a card shows for its markdown: a backslash before punctuation is that character itself. */
    static String shownText(String markdown) {
        markdown.replaceAll(/\\(\p{Punct})/, '$1')
    }

    /** A link, emphasis or strong markup that card markdown would act on: an unescaped [..](..), *, _ or ~. */
    static boolean live(String markdown) {
        String unescaped = markdown.replaceAll(/\\\p{Punct}/, '')
        unescaped =~ /\[[^\]]*\]\(|[*_~`]/
    }

    def 'a note "#typed" shows on a Teams card as typed: no link, no formatting'() {
        when:
        def texts = detailWith(typed).body.findAll { it.type == 'TextBlock' }*.text

        then: 'the title and the note are on the card escaped'
        texts.count { it.contains(escaped) } >= 2
        texts.every { !it.contains(typed) || typed == escaped }

        and: 'escaped, they show as typed and none of it acts as markup'
        shownText(escaped) == typed
        !live(escaped)

        where:
        typed                                      | escaped
        '[click](https://evil.example/login)'      | '\\[click\\](https://evil.example/login)'
        '**urgent** _now_ ~gone~'                  | '\\*\\*urgent\\*\\* \\_now\\_ \\~gone\\~'
        'a \\ b'                                   | 'a \\\\ b'
        '<https://evil.example|click>'             | '\\<https://evil.example|click\\>'
    }

    def 'words the service marks up keep their markup, with what was typed inside escaped'() {
        expect:
        TeamsViews.markdown(Text.bold('[x](y)').plain(' and ').em('a_b')) == '**\\[x\\](y)** and _a\\_b_'
    }
}
