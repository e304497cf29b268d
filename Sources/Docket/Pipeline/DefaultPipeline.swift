/// The text of `Pipelines/default.yml`, built in so that `docket` runs without the project's
/// files beside it. A test checks that the two are the same.
enum DefaultPipeline {
    static let text = """
        # The pipeline `docket run` and `docket extract` use unless --pipeline names another.
        name: default
        description: Every reader and every extractor Docket has.
        version: 1
        stages:
          - read.text@1
          - read.html@1
          - read.pdf@1:
              timeout_seconds: 60
          - normalize@1
          - segment.numbered@1
          - extract.attendance@1
          - extract.sign-off@1
          - extract.decisions@1
          - extract.contacts@1
          - extract.risks@1
          - extract.appendices@1
          - extract.background-papers@1
          - extract.amounts@1

        """
}
