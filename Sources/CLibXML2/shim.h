#ifndef SHORTLIST_CLIBXML2_SHIM_H
#define SHORTLIST_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
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
