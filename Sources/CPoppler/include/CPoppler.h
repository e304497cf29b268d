// The one C function Docket's PDF worker needs from poppler's C++ library (libpoppler-cpp):
// the text of every page laid out physically, as `pdftotext -layout -eol unix` prints it.
// Only the worker executable (Sources/DocketPDFWorker) links this target, so `docket` itself
// never loads poppler into its own process.
#ifndef DOCKET_CPOPPLER_H
#define DOCKET_CPOPPLER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What `docket_pdf_layout_text` found.
typedef enum {
    /// The text was laid out; `*text` holds it.
    DocketPDFLaidOut = 0,
    /// poppler could not open the file (not a PDF, or damaged beyond repair).
    DocketPDFUnreadable = 1,
    /// The document is locked by a password.
    DocketPDFLocked = 2,
    /// The text would be longer than `max_length` bytes.
    DocketPDFTooLong = 3,
    /// poppler threw, or memory ran out.
    DocketPDFFailed = 4,
} DocketPDFStatus;

/// Lays out the text of the PDF at `path`: each page's text in physical layout (columns and
/// indentation kept), UTF-8, lines ended by "\n", each page ended by a form feed — byte for byte
/// what `pdftotext -layout -enc UTF-8 -eol unix FILE -` writes. On `DocketPDFLaidOut`, `*text`
/// points to `*length` bytes from `malloc` (the caller frees it); otherwise `*text` is NULL.
DocketPDFStatus docket_pdf_layout_text(const char *path, size_t max_length, char **text, size_t *length);

#ifdef __cplusplus
}
#endif

#endif
