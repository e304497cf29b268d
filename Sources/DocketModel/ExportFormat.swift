/// The feeds `docket export` writes from an index (`Exporter` in DocketIndex writes them).
public enum ExportFormat: String, CaseIterable, Sendable {
    /// NDJSON action and document pairs for OpenSearch's and Elasticsearch's bulk API.
    case opensearchBulk = "opensearch-bulk"
    /// One full paper record per line.
    case jsonl
    /// NDJSON documents for Meilisearch (primary key `id`).
    case meilisearch
    /// JSONL for Typesense's import endpoint.
    case typesense
}
