/// Splits decoded text into pages of lines over its UTF-8 bytes.
///
/// Line ends are `\n`, `\r\n`, a lone `\r`, U+2028 and U+2029; a form feed ends a page (that is
/// how `pdftotext` marks pages, and how some text archives do). A form feed at the very end
/// does not start an empty page.
enum LineSplitter {
    static func pages(of text: String) -> [[String]] {
        var text = text
        text.makeContiguousUTF8()
        var pages: [[String]] = [[]]
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            var index = 0
            let count = bytes.count
            func emit(_ end: Int) {
                pages[pages.count - 1].append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            while index < count {
                let byte = bytes[index]
                switch byte {
                case 0x0A:
                    emit(index); index += 1; start = index
                case 0x0D:
                    emit(index)
                    index += (index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
                    start = index
                case 0x0C:
                    if index > start { emit(index) }
                    index += 1; start = index
                    if index < count { pages.append([]) }
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    emit(index); index += 3; start = index
                default:
                    index += 1
                }
            }
            if start < count { emit(count) }
        }
        return pages
    }
}
