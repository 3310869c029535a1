import LinimasaCore
import Testing

@Suite struct SnakeCaseKeyTests {
    @Test(arguments: [
        ("storyIDs", "story_ids"), ("articleID", "article_id"), ("snippetHTML", "snippet_html"),
        ("HTMLBody", "html_body"), ("utcOffsetMinutes", "utc_offset_minutes"), ("id", "id"),
        ("dateFrom", "date_from"), ("already_snake", "already_snake"),
    ])
    func keepsAcronymsWhole(camel: String, snake: String) {
        #expect(SnakeCaseKey(camel).stringValue == snake)
    }

    @Test(arguments: ["storyIDs", "articleID", "snippetHTML", "utcOffsetMinutes", "id", "dateFrom", "independentSources"])
    func camelCaseUndoesIt(name: String) {
        #expect(SnakeCaseKey.camelCase(SnakeCaseKey(name).stringValue) == name)
    }
}
