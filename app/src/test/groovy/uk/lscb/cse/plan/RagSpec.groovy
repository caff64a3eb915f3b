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
        ''            | Rag.NOT_RATED     // a blank cell is not rated yet, not "not started"
        null          | Rag.NOT_RATED
        '  '          | Rag.NOT_RATED
        'Not started' | Rag.NOT_STARTED
        'Not rated'   | Rag.NOT_RATED
        'Achieved'    | Rag.COMPLETE
        'Done'        | Rag.COMPLETE
        'B'           | Rag.COMPLETE      // BRAG plans: Blue = complete
        'BLUE'        | Rag.COMPLETE
        'GREEN Complete' | Rag.COMPLETE   // "Complete" written in a green cell is done, not green
        'Green - Completed' | Rag.COMPLETE
        'A / Complete' | Rag.AMBER        // a split with amber is still the worse one
        '\u0410'      | Rag.AMBER         // Cyrillic capital A pasted from a PDF
        '\u0410mber'  | Rag.AMBER
        'GR\u0415EN'  | Rag.GREEN         // Cyrillic capital Ie
        'R\u0435d'    | Rag.RED           // Cyrillic small ie
        '\u0391\u039c\u0392\u0395R' | Rag.AMBER // Greek capitals (alpha, mu, beta, epsilon)
        '\u0392lue'   | Rag.COMPLETE      // Greek capital beta
        '\uff27'      | Rag.GREEN         // full-width G
    }

    def 'wording that is not a RAG rating ("#wording") is refused rather than guessed'() {
        expect:
        Rag.read(wording).isEmpty()

        where:
        wording << ['Purple', 'Gx', 'OK', 'Green?', 'Am']
    }

    def 'an imported action rated #cell whose progress opens "#progress" reads as #rag'() {
        expect:
        Rag.imported(cell, progress) == Optional.of(rag)

        where:
        cell    | progress                                           | rag
        'GREEN' | 'Completed for 2017.'                              | Rag.COMPLETE
        'GREEN' | 'Complete. Complete'                               | Rag.COMPLETE
        'G'     | 'completed\n\nCompleted and continued'            | Rag.COMPLETE
        ''      | 'Achieved: protocol signed by all partners'        | Rag.COMPLETE
        null    | 'Done - report published'                          | Rag.COMPLETE
        'GREEN' | 'Current strategy updated'                         | Rag.GREEN
        'GREEN' | 'Training completed in 12 schools, 4 to go'        | Rag.GREEN   // "completed" later in the text is not the opening
        'AMBER' | 'Completed for the north; the south is waiting'    | Rag.AMBER   // a rating that is not green is the board's word
        'RED'   | 'Done?'                                            | Rag.RED
        ''      | 'Work has started with schools'                    | Rag.NOT_RATED
        ''      | null                                               | Rag.NOT_RATED
    }
}
