package uk.lscb.cse.plan

import spock.lang.Specification

class RagSpec extends Specification {

    def 'the RAG wording "#wording" found in real plans reads as #rag'() {
        expect:
        Rag.read(wording) == Optional.of(rag)

        where:
        wording       | rag
        'G'           | Rag.GREEN
        'A'           | Rag.AMBER
        '\u0391'      | Rag.AMBER       // Greek capital alpha from PDF extraction
        'R'           | Rag.RED
        'G /A'        | Rag.AMBER       // a split rating is the worse one
        'G/A'         | Rag.AMBER
        'A/R'         | Rag.RED
        'Gree'        | Rag.GREEN       // cut short by the table layout
        'Ambe'        | Rag.AMBER
        'GREEN'       | Rag.GREEN
        'Green Green' | Rag.GREEN
        'Complete'    | Rag.COMPLETE
        'Completed'   | Rag.COMPLETE
        'Blue'        | Rag.COMPLETE
        'done'        | Rag.COMPLETE
        'amber'       | Rag.AMBER
        ''            | Rag.NOT_STARTED
        null          | Rag.NOT_STARTED
        'Not started' | Rag.NOT_STARTED
    }

    def 'wording that is not a RAG rating ("#wording") is refused rather than guessed'() {
        expect:
        Rag.read(wording).isEmpty()

        where:
        wording << ['Purple', 'Gx', 'OK', 'Green?', 'Am']
    }
}
