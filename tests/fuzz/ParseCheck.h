// The contract every parser's result keeps (core/procfs/ParseResult.h), checked on any input:
// no value comes with at least one issue saying why (bad input gets a clear error, never silence),
// and every issue names a line of the input (or 0, the input as a whole) and a reason.
#pragma once

#include "FuzzCheck.h"

#include "procfs/ParseResult.h"

#include <QByteArrayView>

namespace fuzzcheck {

template <typename T>
void checkResult(const oomlens::ParseResult<T> &r, QByteArrayView text, const char *target,
                 const char *parser) {
    if (!r.ok() && r.issues.isEmpty()) {
        fprintf(stderr, "%s: no value and no issue\n", parser);
        fail(target, "a parser failed silently");
    }
    const qsizetype lines = text.count('\n') + 1;
    for (const oomlens::ParseIssue &issue : r.issues) {
        if (issue.line < 0 || issue.line > lines || issue.reason.isEmpty()) {
            fprintf(stderr, "%s: issue at line %d of %lld: \"%s\"\n", parser, issue.line, qlonglong(lines),
                    qPrintable(issue.reason));
            fail(target, "an issue names no line of the input, or no reason");
        }
    }
}

} // namespace fuzzcheck
