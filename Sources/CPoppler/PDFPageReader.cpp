// docket_pdf_read over poppler's own classes; see include/CPoppler.h.
//
// The text comes from poppler's TextOutputDev in physical-layout mode, displayed with the
// arguments pdftotext passes (72 dpi, media box, no crop), so it is the text pdftotext prints.
// The characters come from the same pass: the device below is a TextOutputDev that also notes
// each character it is handed, measured as pdftohtml measures it, so that Docket's typography
// (bold runs and sizes, PDFTypography) reads the same values without a second process.
#include "CPoppler.h"

#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace {

/// pdftohtml's default zoom: its coordinates and font sizes are points times this.
constexpr double zoom = 1.5;

/// The layout text, appended to as TextOutputDev writes it.
struct TextSink {
    std::string text;
    size_t limit;
    bool overLimit = false;
};

void appendText(void *stream, const char *bytes, int length) {
    auto *sink = static_cast<TextSink *>(stream);
    if (sink->overLimit || length <= 0) return;
    if (sink->text.size() + size_t(length) > sink->limit) {
        sink->overLimit = true;
        return;
    }
    sink->text.append(bytes, size_t(length));
}

/// Whether a font is bold: by its flags, its weight, or "bold" in its name.
bool isBold(const GfxFont &font) {
    if (font.isBold() || font.getWeight() >= GfxFont::W700) return true;
    const std::optional<std::string> &name = font.getName();
    if (!name) return false;
    std::string lower(*name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return lower.find("bold") != std::string::npos;
}

/// A TextOutputDev that also keeps every visible character it is handed.
class GlyphTextOutputDev : public TextOutputDev {
public:
    GlyphTextOutputDev(TextSink *sink, std::vector<DocketGlyph> *glyphs, size_t glyphLimit)
        : TextOutputDev(appendText, sink, true, 0, false, false), glyphs(glyphs), glyphLimit(glyphLimit) {}

    bool overLimit = false;

    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode code, int bytes,
                  const Unicode *unicode, int length) override {
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, code, bytes, unicode, length);
        // Invisible text (render mode 3, the text layer over a scan) sets no type.
        if (!glyphs || overLimit || (state->getRender() & 3) == 3) return;
        if (glyphs->size() + size_t(std::max(length, 0)) > glyphLimit) {
            overLimit = true;
            return;
        }
        double size = state->getTransformedFontSize() * zoom;
        double deviceX, deviceY;
        state->transform(x, y, &deviceX, &deviceY);
        deviceX *= zoom;
        deviceY *= zoom;
        // The font's box at the character: its ascent above the baseline and descent below,
        // within the bounds fonts with broken metrics are held to.
        double ascent = 0.95, descent = -0.35;
        bool bold = false;
        if (const std::shared_ptr<GfxFont> &font = state->getFont()) {
            ascent = std::min(font->getAscent(), 1.05);
            descent = std::max(font->getDescent(), -0.4);
            // Asked once per font in a row (the reference held keeps its address from being reused).
            if (font != lastFont) {
                lastFont = font;
                lastBold = isBold(*font);
            }
            bold = lastBold;
        }
        double top = deviceY - ascent * size, bottom = deviceY - descent * size;
        for (int index = 0; index < length; index++) {
            glyphs->push_back(DocketGlyph{int32_t(std::lround(top)), int32_t(std::lround(deviceX)), int32_t(std::lround(bottom - top)),
                                          int32_t(std::lround(size)), uint32_t(unicode[index]), bold ? 1u : 0u});
        }
    }

private:
    std::vector<DocketGlyph> *glyphs;
    size_t glyphLimit;
    std::shared_ptr<GfxFont> lastFont;
    bool lastBold = false;
};

std::once_flag setUp;

/// poppler's global settings, once per process: UTF-8 text and no messages on standard error
/// (the record says what failed); its defaults give pdftotext's Unix line ends and page breaks.
void setUpPoppler() {
    std::call_once(setUp, [] {
        globalParams = std::make_unique<GlobalParams>();
        globalParams->setTextEncoding("UTF-8");
        globalParams->setErrQuiet(true);
    });
}

template <typename T> T *copyToMalloc(const T *data, size_t count) {
    T *copy = static_cast<T *>(std::malloc(std::max<size_t>(count, 1) * sizeof(T)));
    if (copy && count) std::memcpy(copy, data, count * sizeof(T));
    return copy;
}

DocketPDFStatus read(const char *path, size_t maxLength, bool wantGlyphs, DocketPDFReading *reading) {
    setUpPoppler();
    PDFDoc document(std::make_unique<GooString>(path));
    if (!document.isOk()) return document.getErrorCode() == errEncrypted ? DocketPDFLocked : DocketPDFUnreadable;
    if (!document.okToCopy()) return DocketPDFLocked;
    TextSink sink{std::string(), maxLength};
    std::vector<DocketGlyph> glyphs;
    std::vector<uint32_t> pageEnds;
    const size_t glyphLimit = maxLength / sizeof(DocketGlyph);
    bool glyphsOverLimit = false;
    const int pages = document.getNumPages();
    for (int page = 1; page <= pages; page++) {
        GlyphTextOutputDev device(&sink, wantGlyphs && !glyphsOverLimit ? &glyphs : nullptr, glyphLimit);
        if (!device.isOk()) return DocketPDFFailed;
        document.displayPage(&device, page, 72, 72, 0, true, false, false);
        if (sink.overLimit) return DocketPDFTooLong;
        if (device.overLimit) glyphsOverLimit = true;
        pageEnds.push_back(uint32_t(glyphs.size()));
    }
    reading->text = copyToMalloc(sink.text.data(), sink.text.size());
    reading->text_length = sink.text.size();
    if (!reading->text) return DocketPDFFailed;
    if (wantGlyphs && !glyphsOverLimit) {
        reading->glyphs = copyToMalloc(glyphs.data(), glyphs.size());
        reading->glyph_count = glyphs.size();
        reading->page_ends = copyToMalloc(pageEnds.data(), pageEnds.size());
        reading->page_count = pageEnds.size();
        if (!reading->glyphs || !reading->page_ends) return DocketPDFFailed;
    }
    reading->glyphs_over_limit = glyphsOverLimit ? 1 : 0;
    return DocketPDFRead;
}

}  // namespace

extern "C" DocketPDFStatus docket_pdf_read(const char *path, size_t max_length, int glyphs, DocketPDFReading *reading) {
    std::memset(reading, 0, sizeof(*reading));
    DocketPDFStatus status;
    try {
        status = read(path, max_length, glyphs != 0, reading);
    } catch (...) {
        status = DocketPDFFailed;
    }
    if (status != DocketPDFRead) docket_pdf_reading_free(reading);
    return status;
}

extern "C" void docket_pdf_reading_free(DocketPDFReading *reading) {
    std::free(reading->text);
    std::free(reading->glyphs);
    std::free(reading->page_ends);
    std::memset(reading, 0, sizeof(*reading));
}
