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
import uk.lscb.cse.chat.Samples

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
}
