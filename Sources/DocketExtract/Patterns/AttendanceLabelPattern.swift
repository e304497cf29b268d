import DocketModel

/// The labels under which minutes list who attended ("Present", "Members present", "Staff",
/// "Also in attendance", "Apologies", "Absent", "Regrets", "Roll Call", "Those Attending") and
/// the role of the people each lists. Matching is on the normalized label (`HeadingVocabulary.normalize`).
public enum AttendanceLabelPattern {
    static let roles: [String: PersonRole] = [
        "present": .present, "members present": .present, "committee members present": .present,
        "councillors present": .present, "councillors": .present, "members": .present, "attendees": .present,
        "council members present": .present, "councilmembers present": .present, "commissioners present": .present,
        "those attending": .present, "those present": .present, "attendance": .present, "attending": .present,
        "roll call": .present, "present in person": .present, "members in attendance": .present, "present virtually": .present,
        "in attendance": .inAttendance, "also present": .inAttendance, "in attendance virtually": .inAttendance,
        "also in attendance": .inAttendance, "officers present": .inAttendance, "officers in attendance": .inAttendance,
        "officers": .inAttendance, "staff": .inAttendance, "staff present": .inAttendance, "staff in attendance": .inAttendance,
        "staff and visitors present": .inAttendance, "guests": .inAttendance, "visitors": .inAttendance,
        "members of the public": .inAttendance,
        "apologies": .apologies, "apologies for absence": .apologies, "apologies received": .apologies,
        "absent": .apologies, "regrets": .apologies, "members absent": .apologies, "councillors absent": .apologies,
        "absent with apologies": .apologies, "absent with regrets": .apologies, "council members absent": .apologies,
    ]

    /// Labels under which an agenda lists the body's members ("Planning Commissioners",
    /// "Council Members", "Membership").
    static let membershipLabels: Set<String> = [
        "members", "membership", "councillors", "council members", "councilmembers", "commissioners", "planning commissioners",
        "committee members", "board members", "members of the committee", "members of the board", "committee membership",
        "board of directors", "trustees",
    ]

    /// Whether `label` heads an agenda's list of the body's members.
    public static func isMembership(_ label: String) -> Bool {
        membershipLabels.contains(HeadingVocabulary.normalize(label))
    }

    /// The role of the people listed under `label`, or `nil` when it is not an attendance label.
    public static func role(of label: String) -> PersonRole? {
        roles[HeadingVocabulary.normalize(label)]
    }

    /// Labels that open a list even without a colon when they stand inside another list
    /// ("… Clerk J Connelly Members of the Public Mr Godfrey …", "… Apologies - None").
    static let bareOpeners: Set<String> = ["members of the public", "apologies", "absent", "apologies for absence", "staff", "guests", "regrets"]
}
