internal import CLibXML2

/// A parsed page flattened for reading: its elements, its text blocks in reading order, and its metadata tags.
///
/// One walk over libxml2's tree fills it. A block is the text of one `<p>`,
/// heading, list item, table row or other block element (or of a run of text
/// between two `<br>`s), with white space collapsed and inline elements
/// (`a`, `b`, `em`, `span`…) joined in; `script`, `style`, media and form
/// controls are skipped, `nav`, `header`, `footer`, `aside` and forms are
/// walked but marked.
struct HTMLPage {
    /// One element that was walked (skipped ones are not recorded).
    struct Element {
        /// Index of the enclosing recorded element, or -1.
        var parent: Int32
        var tag: HTMLTag
        var hints: HTMLClassHints
    }

    /// The text of one block.
    struct Block {
        var text: String
        /// The innermost recorded element open when the block ended.
        var element: Int32
        /// The innermost block-level tag around the text.
        var tag: HTMLTag
        /// UTF-8 length of `text`.
        var textBytes: Int32
        /// UTF-8 bytes of `text` inside links.
        var linkBytes: Int32
        var commas: Int32
        /// Whether most of the text is inside `<time>` elements.
        var isTime: Bool
        /// Whether `text` holds `\n` where the source broke a line (white space otherwise).
        var hasNewline: Bool

        /// The text with source line breaks as spaces: the block as a browser shows it.
        var flatText: String {
            guard hasNewline else { return text }
            return String(decoding: text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
        }
        /// The furniture tag (`nav`, `header`, `footer`, `aside`, `form`…) around the block, if any.
        var furnitureTag: HTMLTag?
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    /// `<meta>` tags in order: the lower-cased `property`, `name` or `itemprop`, and `content`.
    var metas: [(key: String, value: String)] = []
    /// The bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The text of the first `<title>`.
    var documentTitle: String?
    /// `datetime` attributes of `<time>` elements, in order (at most 8).
    var timeValues: [String] = []

    init(document: HTMLDocument) {
        guard let root = document.root else { return }
        var walker = Walker()
        walker.walk(root)
        self = walker.page
    }

    init() {}
}

/// The single pass over libxml2's tree that fills an ``HTMLPage``.
private struct Walker {
    struct Frame {
        var element: Int32
        var tag: HTMLTag
        var role: HTMLTag.Role
    }

    var page = HTMLPage()
    var stack: [Frame] = []
    var buffer: [UInt8] = []
    var pendingSpace = false
    /// Whether the pending white space held a line break of the source.
    var pendingNewline = false
    var hasNewline = false
    var linkBytes = 0
    var commas = 0
    var linkDepth = 0
    var timeDepth = 0
    var timeBytes = 0
    var furnitureDepth = 0
    var hintCache: [[UInt8]: HTMLClassHints] = [:]
    var attributeBytes: [UInt8] = []

    init() {
        buffer.reserveCapacity(4096)
        stack.reserveCapacity(64)
    }

    /// Walks the subtree of `root` in document order without recursion (pages may nest deeply).
    mutating func walk(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let current = node {
            let type = current.pointee.type
            if type == XML_ELEMENT_NODE {
                if enter(current) {
                    if let child = current.pointee.children {
                        node = child
                        continue
                    }
                    leave()
                }
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                appendText(current.pointee.content)
            }
            var cursor = current
            node = nil
            while cursor != root {
                if let next = cursor.pointee.next {
                    node = next
                    break
                }
                guard let parent = cursor.pointee.parent else { break }
                cursor = parent
                leave()
            }
        }
        flush()
    }

    // MARK: Elements

    /// Handles the start of an element; `true` when it was pushed and its children are to be walked.
    mutating func enter(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        let tag = HTMLTag.lookup(name)
        switch tag {
        case .meta:
            recordMeta(node)
            return false
        case .title:
            if page.documentTitle == nil, !inside(.svg) { page.documentTitle = HTMLPage.collapsed(text(of: node)) }
            return false
        case .script:
            if let type = attribute(node, "type"), type.lowercased().contains("ld+json") {
                page.jsonLD.append(text(of: node))
            }
            return false
        case .time:
            if page.timeValues.count < 8, let value = attribute(node, "datetime") { page.timeValues.append(value) }
        default:
            break
        }
        let role = tag.role
        if role == .skip { return false }
        if role == .lineBreak {
            flush()
            return false
        }
        if isHidden(node) { return false }
        if role == .block || role == .furniture { flush() }
        if role == .cell, !buffer.isEmpty { pendingSpace = true }
        if role == .furniture { furnitureDepth += 1 }
        if tag == .a { linkDepth += 1 }
        if tag == .time { timeDepth += 1 }
        let index = Int32(page.elements.count)
        page.elements.append(
            HTMLPage.Element(parent: stack.last?.element ?? -1, tag: tag, hints: hints(of: node))
        )
        stack.append(Frame(element: index, tag: tag, role: role))
        return true
    }

    /// Handles the end of the innermost open element.
    mutating func leave() {
        guard let frame = stack.last else { return }
        switch frame.role {
        case .block:
            flush()
        case .furniture:
            flush()
            furnitureDepth -= 1
        case .cell:
            if !buffer.isEmpty { pendingSpace = true }
        default:
            if frame.tag == .a { linkDepth -= 1 }
            if frame.tag == .time { timeDepth -= 1 }
        }
        stack.removeLast()
    }

    func inside(_ tag: HTMLTag) -> Bool {
        stack.contains { $0.tag == tag }
    }

    /// A `hidden` attribute or an inline `display:none`.
    func isHidden(_ node: xmlNodePtr) -> Bool {
        var attr = node.pointee.properties
        while let current = attr {
            if let name = current.pointee.name {
                if HTMLPage.equals(name, "hidden") { return true }
                if HTMLPage.equals(name, "style"), let value = HTMLPage.value(of: current) {
                    // `display:none`, in any case and spacing.
                    let compact = value.utf8.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                    if HTMLMetadata.firstIndex(of: HTMLPage.displayNone, in: compact) != nil { return true }
                }
            }
            attr = current.pointee.next
        }
        return false
    }

    /// The hints of the element's `class`, `id`, `itemprop` and `role`, cached per distinct value.
    mutating func hints(of node: xmlNodePtr) -> HTMLClassHints {
        attributeBytes.removeAll(keepingCapacity: true)
        var attr = node.pointee.properties
        while let current = attr {
            if let name = current.pointee.name,
                HTMLPage.equals(name, "class") || HTMLPage.equals(name, "id") || HTMLPage.equals(name, "itemprop")
                    || HTMLPage.equals(name, "role")
            {
                var child = current.pointee.children
                if !attributeBytes.isEmpty { attributeBytes.append(0x20) }
                while let text = child {
                    if var p = text.pointee.content {
                        while p.pointee != 0 {
                            let b = p.pointee
                            attributeBytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                            p += 1
                        }
                    }
                    child = text.pointee.next
                }
            }
            attr = current.pointee.next
        }
        if attributeBytes.isEmpty { return HTMLClassHints(classAndID: []) }
        if let cached = hintCache[attributeBytes] { return cached }
        let hints = HTMLClassHints(classAndID: attributeBytes)
        if hintCache.count < 4096 { hintCache[attributeBytes] = hints }
        return hints
    }

    mutating func recordMeta(_ node: xmlNodePtr) {
        var key: String?
        var content: String?
        var attr = node.pointee.properties
        while let current = attr {
            if let name = current.pointee.name {
                if HTMLPage.equals(name, "property") || HTMLPage.equals(name, "name") || HTMLPage.equals(name, "itemprop") {
                    if key == nil { key = HTMLPage.value(of: current)?.lowercased() }
                } else if HTMLPage.equals(name, "content") {
                    content = HTMLPage.value(of: current)
                }
            }
            attr = current.pointee.next
        }
        if let key, let content, page.metas.count < 256 {
            page.metas.append((key, HTMLPage.collapsed(content)))
        }
    }

    func attribute(_ node: xmlNodePtr, _ wanted: StaticString) -> String? {
        var attr = node.pointee.properties
        while let current = attr {
            if let name = current.pointee.name, HTMLPage.equals(name, wanted) { return HTMLPage.value(of: current) }
            attr = current.pointee.next
        }
        return nil
    }

    /// The text of the element's direct text and CDATA children (a `title` or `script`).
    func text(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                var p = current.pointee.content
            {
                while p.pointee != 0 {
                    bytes.append(p.pointee)
                    p += 1
                }
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Text

    /// Appends a text node to the current block, folding white space (ASCII, NBSP) into single spaces and
    /// dropping zero-width characters and soft hyphens.
    mutating func appendText(_ content: UnsafeMutablePointer<UInt8>?) {
        guard var p = content, !stack.isEmpty else { return }
        let before = buffer.count
        while true {
            let b = p.pointee
            if b == 0 { break }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                if !buffer.isEmpty {
                    pendingSpace = true
                    if b == 0x0A { pendingNewline = true }
                }
                p += 1
                continue
            }
            if b == 0xC2, p[1] == 0xA0 {
                if !buffer.isEmpty { pendingSpace = true }
                p += 2
                continue
            }
            if b == 0xC2, p[1] == 0xAD {
                p += 2
                continue
            }
            if b == 0xE2, p[1] == 0x80, p[2] == 0x8B || p[2] == 0x8C || p[2] == 0x8D {
                p += 3
                continue
            }
            if b == 0xEF, p[1] == 0xBB, p[2] == 0xBF {
                p += 3
                continue
            }
            if pendingSpace {
                // A source line break is kept as `\n`: reported furniture is split there (one nav link a line).
                buffer.append(pendingNewline ? 0x0A : 0x20)
                hasNewline = hasNewline || pendingNewline
                pendingSpace = false
                pendingNewline = false
            }
            if b == UInt8(ascii: ",") { commas += 1 }
            buffer.append(b)
            p += 1
        }
        if linkDepth > 0 { linkBytes += buffer.count - before }
        if timeDepth > 0 { timeBytes += buffer.count - before }
    }

    /// Ends the current block, recording it if it has text.
    mutating func flush() {
        pendingSpace = false
        pendingNewline = false
        defer { hasNewline = false }
        guard !buffer.isEmpty else {
            linkBytes = 0
            timeBytes = 0
            commas = 0
            return
        }
        var blockTag: HTMLTag? = nil
        var furnitureTag: HTMLTag? = nil
        for frame in stack.reversed() {
            if blockTag == nil, frame.role == .block || frame.role == .furniture { blockTag = frame.tag }
            if frame.role == .furniture {
                furnitureTag = frame.tag
                break
            }
            if blockTag != nil, furnitureDepth == 0 { break }
        }
        page.blocks.append(
            HTMLPage.Block(
                text: String(decoding: buffer, as: UTF8.self),
                element: stack.last?.element ?? -1,
                tag: blockTag ?? .body,
                textBytes: Int32(buffer.count),
                linkBytes: Int32(min(linkBytes, buffer.count)),
                commas: Int32(commas),
                isTime: timeBytes * 2 > buffer.count,
                hasNewline: hasNewline,
                furnitureTag: furnitureTag
            )
        )
        buffer.removeAll(keepingCapacity: true)
        linkBytes = 0
        timeBytes = 0
        commas = 0
    }
}

extension HTMLPage {
    static let displayNone = Array("display:none".utf8)

    /// Whether the NUL-terminated `name` equals `wanted` (ASCII, case-insensitive on `name`).
    static func equals(_ name: UnsafePointer<UInt8>, _ wanted: StaticString) -> Bool {
        let bytes = wanted.utf8Start
        let count = wanted.utf8CodeUnitCount
        for index in 0..<count {
            var b = name[index]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != bytes[index] { return false }
        }
        return name[count] == 0
    }

    /// The value of an attribute node: its text children joined.
    static func value(of attr: xmlAttrPtr) -> String? {
        var bytes: [UInt8] = []
        var child = attr.pointee.children
        while let current = child {
            if var p = current.pointee.content {
                while p.pointee != 0 {
                    bytes.append(p.pointee)
                    p += 1
                }
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` trimmed, with runs of white space (and NBSP) folded into one space.
    static func collapsed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pending = false
        var index = 0
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pending = !out.isEmpty
                index += 1
            } else if b == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                pending = !out.isEmpty
                index += 2
            } else {
                if pending {
                    out.append(0x20)
                    pending = false
                }
                out.append(b)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
