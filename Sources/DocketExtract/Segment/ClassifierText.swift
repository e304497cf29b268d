import Foundation
import DocketModel

/// Small text tests shared by the front-matter rules.
enum ClassifierText {
    /// "Services", "Manager": a capitalised word in lower case after its first letter.
    static func isTitleCaseWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercaseQuick, word.count >= 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercaseQuick || $0 == "-" || $0 == "'" }
    }
}
