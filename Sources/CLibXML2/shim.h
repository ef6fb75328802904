#ifndef SHORTLIST_CLIBXML2_SHIM_H
#define SHORTLIST_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system <unicode/ucnv.h>. Swift's
 * Foundation ships its own ICU headers with different definitions of the same types (UErrorCode), and a Swift file
 * that sees both modules fails to compile. Shortlist never calls ICU through libxml2 (it hands libxml2 UTF-8 only),
 * so the system ICU header is skipped here and the two types libxml2's headers mention are declared opaquely. */
#define UCNV_H
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer; Swift 6 rejects it as not concurrency-safe. Call this instead.
static inline void cxml_free(void *ptr) {
    xmlFree(ptr);
}

/// Swallows libxml2's generic (printf-style) error output so that nothing reaches stderr.
static void cxml_silent_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

/// Swallows structured errors; the per-document errors are read from the parser context instead.
static void cxml_silent_structured_error(void *ctx, xmlErrorPtr error) {
    (void)ctx;
    (void)error;
}

/// Initialises libxml2 once, before any worker thread starts, and installs silent default error handlers
/// for every thread created afterwards (the handlers are per thread in libxml2 2.9.14).
static inline void cxml_init(void) {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(NULL, cxml_silent_generic_error);
    xmlThrDefSetStructuredErrorFunc(NULL, cxml_silent_structured_error);
    xmlSetGenericErrorFunc(NULL, cxml_silent_generic_error);
    xmlSetStructuredErrorFunc(NULL, cxml_silent_structured_error);
}

/// Installs the silent handlers on the calling thread (threads that existed before `cxml_init`).
static inline void cxml_silence_this_thread(void) {
    xmlSetGenericErrorFunc(NULL, cxml_silent_generic_error);
    xmlSetStructuredErrorFunc(NULL, cxml_silent_structured_error);
}

#endif
