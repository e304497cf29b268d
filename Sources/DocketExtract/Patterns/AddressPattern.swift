/// The pattern for a postal address line: a street number and a street word ("45 Beatty
/// Street", "15900 E. MAIN STREET, LA PUENTE"), or a postal code ("Nipissing ON P0H 1W0",
/// "Chatham ME4 4TR", "CA 92101").
public enum AddressPattern {
    static let streetWords: Set<String> = ["street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "dr", "way", "boulevard",
                                           "blvd", "highway", "hwy", "place", "square", "court", "crescent", "close", "terrace"]

    public static func isStreetAddress(_ text: String) -> Bool {
        let words = text.asciiLowercased().split { $0 == " " || $0 == "," }.map { $0.trimming(characters: ".") }
        guard let first = words.first else { return false }
        if first.first?.isNumberQuick == true, first.allSatisfy(\.isNumberQuick), words.dropFirst().prefix(5).contains(where: { streetWords.contains($0) }) {
            return true
        }
        // "Beverly Hills, California 90210": a town, a state and a ZIP code.
        if let last = words.last, text.containsASCII(","), words.count <= 6, isZip(last) { return true }
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let next = words[index + 1]
            // "P0H 1W0", "ME4 4TR": a postal code; "CA 92101": a state and ZIP code.
            if word.count <= 4, word.contains(where: \.isNumberQuick), word.first?.isLetterQuick == true, next.count == 3,
               next.first?.isNumberQuick == true { return true }
            if word.count == 2, word.allSatisfy(\.isLetterQuick), next.count == 5, next.allSatisfy(\.isNumberQuick) { return true }
        }
        return false
    }

    /// "90210", "90210-1234".
    static func isZip(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.first?.count == 5 && parts.first!.allSatisfy(\.isNumberQuick) && (parts.count == 1 || parts.count == 2 && parts[1].count == 4)
    }
}
