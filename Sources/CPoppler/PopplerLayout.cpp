// docket_pdf_layout_text over poppler-cpp; see include/CPoppler.h.
#include "CPoppler.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>

namespace {

// poppler prints syntax warnings for damaged files on standard error by default; the worker's
// standard error is the parent's, so they are dropped here (the record says what failed).
void quiet(const std::string &, void *) {}

DocketPDFStatus layout(const char *path, size_t maxLength, std::string &out) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    if (!document) return DocketPDFUnreadable;
    if (document->is_locked()) return DocketPDFLocked;
    const int pages = document->pages();
    for (int index = 0; index < pages; index++) {
        std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) {
            out.push_back('\f');  // pdftotext prints an empty page as its form feed alone
            continue;
        }
        // Each page's text already ends with the form feed pdftotext prints after it.
        poppler::byte_array bytes = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        if (out.size() + bytes.size() > maxLength) return DocketPDFTooLong;
        out.append(bytes.data(), bytes.size());
    }
    return DocketPDFLaidOut;
}

}  // namespace

extern "C" DocketPDFStatus docket_pdf_layout_text(const char *path, size_t max_length, char **text, size_t *length) {
    *text = nullptr;
    *length = 0;
    std::string out;
    DocketPDFStatus status;
    try {
        status = layout(path, max_length, out);
    } catch (const std::bad_alloc &) {
        return DocketPDFFailed;
    } catch (...) {
        return DocketPDFFailed;
    }
    if (status != DocketPDFLaidOut) return status;
    char *copy = static_cast<char *>(std::malloc(out.size() + 1));
    if (!copy) return DocketPDFFailed;
    std::memcpy(copy, out.data(), out.size());
    copy[out.size()] = 0;
    *text = copy;
    *length = out.size();
    return DocketPDFLaidOut;
}
