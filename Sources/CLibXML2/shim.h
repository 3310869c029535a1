// libxml2's HTML parser and tree, for LinimasaText's HTML reader.
//
// Ubuntu builds libxml2 with ICU, and libxml/encoding.h then includes the
// system's <unicode/ucnv.h>, which clashes with Foundation's own ICU module
// ('UErrorCode' has different definitions) in any Swift file that imports
// both. We never touch the ICU fields of xmlCharEncodingHandler, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
