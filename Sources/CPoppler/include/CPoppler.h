// What Docket's PDF worker needs from poppler (libpoppler, Debian: libpoppler-private-dev):
// one pass over a PDF's pages that gives the text laid out physically — byte for byte what
// `pdftotext -layout -enc UTF-8 -eol unix` prints — and every drawn character with its box,
// font size and weight, as `pdftohtml -xml` measures them. Only the worker executable
// (Sources/DocketPDFWorker) links this target, so `docket` itself never loads poppler.
#ifndef DOCKET_CPOPPLER_H
#define DOCKET_CPOPPLER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What `docket_pdf_read` found.
typedef enum {
    /// The text was laid out (and the characters collected, when asked for).
    DocketPDFRead = 0,
    /// poppler could not open the file (not a PDF, or damaged beyond repair).
    DocketPDFUnreadable = 1,
    /// The document is locked by a password, or its permissions forbid copying its text.
    DocketPDFLocked = 2,
    /// The text would be longer than the limit.
    DocketPDFTooLong = 3,
    /// poppler threw, or memory ran out.
    DocketPDFFailed = 4,
} DocketPDFStatus;

/// One drawn character, in the coordinates `pdftohtml` prints (points at its default zoom of
/// 1.5, rounded): the top and height of the font's box at the character, its left edge, and
/// the font size; `bold` is 1 when the font is bold by its flags, its weight or its name.
typedef struct {
    int32_t top;
    int32_t left;
    int32_t height;
    int32_t size;
    uint32_t scalar;
    uint32_t bold;
} DocketGlyph;

/// What one read gives; every pointer is from `malloc` and freed by `docket_pdf_reading_free`.
typedef struct {
    /// The layout text, UTF-8, each page ended by a form feed.
    char *text;
    size_t text_length;
    /// The drawn characters of every page, page after page (none unless asked for).
    DocketGlyph *glyphs;
    size_t glyph_count;
    /// For each page, the index in `glyphs` after its last character.
    uint32_t *page_ends;
    size_t page_count;
    /// 1 when the characters were asked for but left out, because there are more than
    /// `max_length / sizeof(DocketGlyph)` of them.
    int glyphs_over_limit;
} DocketPDFReading;

/// Reads the PDF at `path`: its layout text (at most `max_length` bytes) and, when `glyphs` is
/// nonzero, its drawn characters. Fills `reading` (zeroed first) and returns its status.
DocketPDFStatus docket_pdf_read(const char *path, size_t max_length, int glyphs, DocketPDFReading *reading);

/// Frees what `docket_pdf_read` put in `reading`.
void docket_pdf_reading_free(DocketPDFReading *reading);

#ifdef __cplusplus
}
#endif

#endif
