#ifndef DOCKET_CLIBXML2_SHIM_H
#define DOCKET_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers clash with Foundation's copy of ICU
   ("'UErrorCode' has different definitions"). Docket never uses libxml2's ICU parts. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void docket_xml_free(void *pointer) {
    xmlFree(pointer);
}

/* A structured-error handler that swallows libxml2's messages (they would go to stderr). */
static inline void docket_silent_errors(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

#endif
