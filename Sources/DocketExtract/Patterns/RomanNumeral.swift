/// Reads roman numerals up to 39 (i … xxxix), enough for list items.
public enum RomanNumeral {
    public static func value(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ "ivx".contains($0) }) else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0
        let digits = text.compactMap { values[$0] }
        for (index, digit) in digits.enumerated() {
            if index + 1 < digits.count, digits[index + 1] > digit { total -= digit } else { total += digit }
        }
        return total > 0 ? total : nil
    }
}
