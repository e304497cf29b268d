// A probe for the PDF reading plan in docs/BENCHMARKS.md ("What a long-lived poppler worker
// could save"): prints, for each PDF named on the command line, the text of every page as
// poppler's C++ library lays it out physically — what `pdftotext -layout -eol unix` prints —
// all from one process, so that its cost can be set beside one `pdftotext` per file.
//
//   apt-get install -y libpoppler-cpp-dev
//   g++ -O2 -o /tmp/poppler-probe Benchmarks/poppler-probe.cpp $(pkg-config --cflags --libs poppler-cpp)
//   /tmp/poppler-probe paper.pdf | cmp - <(pdftotext -layout -enc UTF-8 -eol unix paper.pdf -)
//
// Not part of the build: a measurement tool, kept so that the figures can be measured again.
#include <poppler-document.h>
#include <poppler-page.h>
#include <cstdio>
#include <memory>

int main(int argc, char **argv) {
    int failed = 0;
    for (int index = 1; index < argc; index++) {
        std::unique_ptr<poppler::document> document(poppler::document::load_from_file(argv[index]));
        if (!document) {
            std::fprintf(stderr, "cannot open %s\n", argv[index]);
            failed = 1;
            continue;
        }
        for (int number = 0; number < document->pages(); number++) {
            std::unique_ptr<poppler::page> page(document->create_page(number));
            if (!page) continue;
            // Each page's text already ends with the form feed pdftotext prints after it.
            auto bytes = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
            std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        }
    }
    return failed;
}
