internal import CLibXML2

/// One HTML page parsed by libxml2's HTML parser, freed when the value goes away.
///
/// The parser recovers from any markup (unclosed tags, stray `</div>`, bad
/// nesting) as browsers do, decodes entities, and reports nothing: errors and
/// warnings are switched off and a silent error handler is installed, so
/// libxml2 never writes to standard error.
final class HTMLDocument {
    let document: xmlDocPtr

    /// libxml2 options: recover, no error output, no network, compact text nodes, and the
    /// text's own encoding (the input is already UTF-8, whatever its `<meta charset>` says).
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    )

    /// Initialises libxml2 once per process (required before parsing from several threads).
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `html`; `nil` when libxml2 builds no document (empty input).
    init?(html: String) {
        _ = HTMLDocument.initialized
        // The handler is per thread in libxml2; set it on the thread that parses.
        xmlSetStructuredErrorFunc(nil, silentErrorHandler)
        var text = html
        let parsed: xmlDocPtr? = text.withUTF8 { bytes -> xmlDocPtr? in
            guard bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
            return bytes.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", HTMLDocument.options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element (`html`, implied by the parser when missing).
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Drops every libxml2 error report.
private func silentErrorHandler(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
