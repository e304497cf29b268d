import Foundation

/// The pattern for delegations and referrals in decision text: "delegate(s) authority to the
/// Director of Place, in consultation with the Portfolio Holder, to agree…" and "recommend(s)
/// to Full Council" / "refer to County Council".
public enum DelegationPattern {
    public struct Match: Equatable, Sendable {
        /// To whom authority is delegated.
        public var to: String
        /// Whom the delegate must consult, if stated.
        public var consulting: String?
    }

    public static func match(_ text: String) -> Match? {
        let lower = text.asciiLowercased()
        guard let verb = ["delegate", "delegates", "delegated", "delegating"].lazy.compactMap({ lower.utf8Range(of: $0) }).first else { return nil }
        var rest = lower[verb.upperBound...]
        for filler in [" authority", " the authority", " decisions", " decision"] where rest.hasPrefix(filler) {
            rest = rest.dropFirst(filler.count)
            break
        }
        guard let toRange = rest.utf8Range(of: " to ") , rest.distance(from: rest.startIndex, to: toRange.lowerBound) <= 40 else { return nil }
        let afterTo = toRange.upperBound
        let original = text[text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: afterTo))...]
        let (who, remainder) = clause(original)
        guard !who.isEmpty else { return nil }
        var consulting: String?
        if let consult = remainder.utf8Range(of: "in consultation with ", caseInsensitive: true) {
            consulting = clause(remainder[consult.upperBound...]).0
        }
        return Match(to: who, consulting: consulting)
    }

    /// "Full Council" from "recommend to Full Council" or "refer … to County Council".
    public static func referral(_ text: String) -> String? {
        for marker in ["recommend to ", "recommends to ", "recommended to ", "refer to ", "refers to ", "referred to ", "for approval by "] {
            guard let range = text.utf8Range(of: marker, caseInsensitive: true) else { continue }
            let (body, _) = clause(text[range.upperBound...])
            let words = body.split(separator: " ")
            if let last = words.last, ["council", "cabinet", "committee", "board"].contains(last.asciiLowercased()), words.count <= 5 {
                return body.hasPrefix("the ") ? String(body.dropFirst(4)) : body
            }
        }
        return nil
    }

    /// The words up to the next comma, semicolon, " to " or " in consultation", and what follows.
    private static func clause(_ text: Substring) -> (String, Substring) {
        var end = text.endIndex
        for stop in [",", ";", " to ", " in consultation", ".", " (", " and to "] {
            if let range = text.utf8Range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        return (text[..<end].trimmingSpaces(), text[end...])
    }
}
