/// The record types (`Paper`, `Decision`, `SearchHit`, `Locked`, …) are the façade's
/// vocabulary: a module that imports Docket sees them without importing DocketModel itself.
@_exported import DocketModel
