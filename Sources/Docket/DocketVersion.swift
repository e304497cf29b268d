/// The one place Docket's version is written: `docket --version` prints it, and the ledger
/// records it with each paper so that a new version re-extracts papers an older one wrote.
public enum DocketVersion {
    public static let current = "0.1.0"
}
