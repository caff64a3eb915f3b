package uk.lscb.cse.chat.teams

import com.fasterxml.jackson.databind.ObjectMapper
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.SchemaValidatorsConfig
import com.networknt.schema.regex.JoniRegularExpressionFactory
import com.networknt.schema.SpecVersion
import spock.lang.Specification

import javax.imageio.ImageIO

/** The Teams app package: manifest valid against Microsoft's v1.29 schema, icons of the sizes Teams requires. */
class TeamsManifestSpec extends Specification {
    static final File DIR = new File('../bot-manifests/teams')

    static final ObjectMapper mapper = new ObjectMapper()

    /** Microsoft's schema, with its patterns read as the ECMAScript regexes they are. */
    static schema() {
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(
                mapper.readTree(TeamsManifestSpec.getResourceAsStream('/teams/MicrosoftTeams.v1.29.schema.json')),
                SchemaValidatorsConfig.builder().regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build())
    }

    def 'manifest.json validates against the v1.29 schema'() {
        given:
        def schema = schema()

        expect:
        schema.validate(mapper.readTree(new File(DIR, 'manifest.json'))).collect { it.message } == []
    }

    def 'the schema catches a broken manifest (so the spec above can fail)'() {
        given:
        def schema = schema()
        def manifest = mapper.readTree(new File(DIR, 'manifest.json'))
        manifest.remove('accentColor')
        manifest.put('surprise', true)

        expect:
        schema.validate(manifest).size() >= 2
    }

    def 'the manifest lists the commands the bot answers, and the activity types alerts use'() {
        given:
        def manifest = new groovy.json.JsonSlurper().parse(new File(DIR, 'manifest.json'))

        expect:
        manifest.bots[0].commandLists[0].commands*.title ==
                ['status', 'mine', 'overdue', 'update', 'note', 'history', 'kpi', 'pause', 'resume', 'help']
        manifest.activities.activityTypes*.type == ['overdueAlert', 'escalation']
        manifest.webApplicationInfo.id == manifest.bots[0].botId
    }

    def 'the #name icon is #size×#size pixels'() {
        expect:
        def image = ImageIO.read(new File(DIR, name))
        image.width == size
        image.height == size

        where:
        name          | size
        'color.png'   | 192
        'outline.png' | 32
    }

    def 'the outline icon is white on transparent, as Teams asks'() {
        given:
        def image = ImageIO.read(new File(DIR, 'outline.png'))
        def pixels = (0..<32).collectMany { x -> (0..<32).collect { y -> image.getRGB(x, y) } }

        expect:
        pixels.every { int argb -> (argb >>> 24) == 0 || (argb & 0xFFFFFF) == 0xFFFFFF }
        pixels.any { int argb -> (argb >>> 24) == 0 }
    }
}
